import type { PayloadRequest } from 'payload'

import { watchedCache } from '../../../src/kernel/cache/watchedCache'

/** The Mission Locale whose coverage zone holds this postal code, if any (one statement: no count). */
export const findMissionLocaleByPostalCode = async ({ req, postalCode }: { req: PayloadRequest; postalCode: string }) => {
  const { docs } = await req.payload.find({
    collection: 'structures',
    where: { and: [{ type: { equals: 'mission-locale' } }, { postalCodes: { in: [postalCode] } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Coverage changes with any write to the structures (their postal codes included), on any instance. */
const coverage = watchedCache<number | null>({ message: 'structures', tables: ['structures', 'structures_texts'] })

/**
 * The covering Mission Locale's id, from memory on hot anonymous paths (Instant-T submissions,
 * issue #16). Inside a transaction the database is asked: the transaction may have changed the
 * coverage itself.
 */
export const missionLocaleIdCovering = async ({ req, postalCode }: { req: PayloadRequest; postalCode: string }): Promise<number | null> => {
  const load = async () => {
    const found = await findMissionLocaleByPostalCode({ req, postalCode })
    return found ? Number(found.id) : null
  }
  return req.transactionID ? load() : coverage.get(postalCode, load)
}
