import type { PayloadRequest, Where } from 'payload'

import { followedThroughProgrammes } from '../access'

/**
 * Which of these accounts the caller's structures follow (issue 18: through an open programme,
 * never by `accounts.structure`), in one query. For write guards that must check the rule on
 * records the caller names (an appointment's young people, an Instant-T result's account).
 */
export const accountsFollowedByCaller = async ({ req, ids }: { req: PayloadRequest; ids: number[] }): Promise<Set<number>> => {
  if (ids.length === 0) return new Set()
  const rule = await followedThroughProgrammes()({ req })
  if (rule === false) return new Set()
  const { docs } = await req.payload.find({
    collection: 'accounts',
    where: { and: [{ id: { in: ids } }, ...(rule === true ? [] : [rule as Where])] },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  return new Set(docs.map((doc) => Number(doc.id)))
}
