import type { TextFieldManyValidation } from 'payload'

import { lockForTransaction } from '../../../../src/kernel/db/advisoryLock'
import { isFrenchPostalCode } from '../../../../src/kernel/lib/validators'

/** The lock every change of a Mission Locale's coverage takes, so two changes never both pass the check below. */
export const COVERAGE_LOCK = 'postal-code-coverage'

/**
 * Each code is a French postal code, and no two Missions Locales cover the same one. Inside the
 * write's transaction the check holds the coverage lock until commit: two concurrent writes
 * cannot both find a code free.
 */
export const validatePostalCodeCoverage: TextFieldManyValidation = async (value, { req, id, siblingData }) => {
  const codes = (value ?? []) as string[]
  const invalid = codes.filter((code) => !isFrenchPostalCode(code))
  if (invalid.length > 0) return `Code postal invalide : ${invalid.join(', ')} (5 chiffres attendus).`
  if (new Set(codes).size !== codes.length) return 'Un code postal est saisi deux fois.'
  if (codes.length === 0 || (siblingData as { type?: string })?.type !== 'mission-locale') return true
  await lockForTransaction({ req, name: COVERAGE_LOCK })
  const { docs } = await req.payload.find({
    collection: 'structures',
    where: {
      and: [
        { type: { equals: 'mission-locale' } },
        { postalCodes: { in: codes } },
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (docs.length === 0) return true
  const other = docs[0]
  const shared = codes.filter((code) => ((other.postalCodes ?? []) as string[]).includes(code))
  return `Le code postal ${shared.join(', ')} est déjà couvert par la Mission Locale « ${other.name} ».`
}
