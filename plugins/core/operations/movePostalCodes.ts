import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { allOf, inUserStructures, opensSection, requireAccess } from '../../../src/kernel/access'
import { lockForTransaction } from '../../../src/kernel/db/advisoryLock'
import { lockRow } from '../../../src/kernel/db/lockRow'
import { invalidField, notFound } from '../../../src/kernel/lib/errors'
import { loadDoc } from '../../../src/kernel/lib/loadDoc'
import { isFrenchPostalCode } from '../../../src/kernel/lib/validators'
import { isIntegerId } from '../../../src/kernel/lib/values'
import { SLUGS } from '../../../collections/slugs'
import { COVERAGE_LOCK } from '../collections/structures/validatePostalCodeCoverage'

/** Administration of this structure: an administrator attached to it or above it (a region's), or a super-admin. */
const administersStructure = allOf(opensSection('administration'), inUserStructures('id'))

const REFUSED = 'Seuls les administrateurs des deux Missions Locales (ou d’une structure au-dessus des deux, comme la région) déplacent des communes de l’une à l’autre.'

/**
 * Seed 003, « Loi NOTRe et transferts de territoire » : « La Mission Locale qui cède une partie de
 * son territoire doit retirer les communes […] ; la Mission Locale qui accueille ces communes
 * devra alors les intégrer ». Both in one transaction, under the coverage lock: nobody ever sees
 * a code covered twice, nor a half-done move. Young people's files stay where they are (the
 * manual advises against moving them).
 */
export const movePostalCodes = async ({ req, from, to, postalCodes }: { req: PayloadRequest; from: string; to: unknown; postalCodes: unknown }) => {
  const source = await loadDoc({ req, collection: SLUGS.structures, id: from, asCaller: true })
  if (!source) throw notFound('Structure introuvable.')
  await requireAccess({ access: administersStructure, req, on: { collection: SLUGS.structures, doc: source }, message: REFUSED })
  if (source.type !== 'mission-locale') throw invalidField({ req, path: 'postalCodes', message: 'Seule une Mission Locale a une zone de couverture.' })
  const targetId = typeof to === 'number' || (typeof to === 'string' && /^\d+$/.test(to)) ? Number(to) : null
  if (targetId === null || !isIntegerId(targetId)) throw invalidField({ req, path: 'to', message: 'Choisissez la Mission Locale qui accueille les communes (son identifiant).' })
  if (targetId === source.id) throw invalidField({ req, path: 'to', message: 'Choisissez une autre Mission Locale que celle qui cède les communes.' })
  const target = await loadDoc({ req, collection: SLUGS.structures, id: targetId, asCaller: true })
  if (!target || target.type !== 'mission-locale') throw invalidField({ req, path: 'to', message: "Cette Mission Locale n'existe pas." })
  await requireAccess({ access: administersStructure, req, on: { collection: SLUGS.structures, doc: target }, message: REFUSED })
  if (!Array.isArray(postalCodes) || postalCodes.length === 0 || postalCodes.some((code) => !isFrenchPostalCode(code))) {
    throw invalidField({ req, path: 'postalCodes', message: 'Indiquez les codes postaux à déplacer (liste de codes à 5 chiffres).' })
  }
  const codes = [...new Set(postalCodes as string[])]

  const shouldCommit = await initTransaction(req)
  try {
    await lockForTransaction({ req, name: COVERAGE_LOCK })
    for (const id of [source.id, target.id].sort((a, b) => a - b)) await lockRow({ req, collection: SLUGS.structures, id })
    // Read again under the locks: what is covered now, not what was read before.
    const current = await loadDoc({ req, collection: SLUGS.structures, id: source.id })
    const receiving = await loadDoc({ req, collection: SLUGS.structures, id: target.id })
    const covered = (current?.postalCodes ?? []) as string[]
    const missing = codes.filter((code) => !covered.includes(code))
    if (missing.length) {
      throw invalidField({ req, path: 'postalCodes', message: `${missing.join(', ')} : ${missing.length > 1 ? 'ces codes ne sont pas couverts' : "ce code n'est pas couvert"} par « ${source.name} ».` })
    }
    const context = { skipScopeGuard: true }
    const left = await req.payload.update({ collection: SLUGS.structures, id: source.id, data: { postalCodes: covered.filter((code) => !codes.includes(code)) }, depth: 0, overrideAccess: true, req, context })
    const joined = await req.payload.update({
      collection: SLUGS.structures,
      id: target.id,
      data: { postalCodes: [...((receiving?.postalCodes ?? []) as string[]), ...codes] },
      depth: 0,
      overrideAccess: true,
      req,
      context,
    })
    if (shouldCommit) await commitTransaction(req)
    return {
      from: { id: left.id, postalCodes: left.postalCodes ?? [] },
      to: { id: joined.id, postalCodes: joined.postalCodes ?? [] },
      message: `${codes.length} commune(s) (${codes.join(', ')}) passée(s) de « ${source.name} » à « ${target.name} ».`,
    }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
