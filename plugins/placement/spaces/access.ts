/**
 * Who sees what of the « espaces collaboratifs » (seed 004), composed from the shared vocabulary.
 * Membership is read from the space on every request, never copied onto its messages, documents
 * or events: removing someone from `members` cuts their access to all of it at once, file URLs
 * included (they apply the same read access).
 */
import type { Where } from 'payload'

import { followedByUser, hiddenUnless, ROLES, sectionInStructures, type AccessFn } from '../../../src/kernel/access'
import { PLACEMENT_SLUGS } from '../slugs'

/** Spaces whose `members` hold the logged-in staff user. */
export const isSpaceMember = followedByUser('members')

/** Administrators of the space's structure (a region's included) and super-admins: they create spaces and manage members. */
export const managesSpace = sectionInStructures('administration', 'structure')

/** The ids of the spaces the logged-in user belongs to (none for anyone but staff). */
export const memberSpaceIds = async (args: Parameters<AccessFn>[0]): Promise<number[]> => {
  const where = await isSpaceMember(args)
  if (!where || where === true) return []
  // Page by page: inside a GraphQL request the hardening plugin caps every list at its maximum.
  const ids: number[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await args.req.payload.find({ collection: PLACEMENT_SLUGS.sharedSpaces, where, depth: 0, limit: 100, page, overrideAccess: true, req: args.req })
    ids.push(...docs.map((space) => space.id))
    if (!hasNextPage) return ids
  }
}

/** Messages, documents and events of the spaces the user belongs to (`field` points at the space). */
export const inMemberSpaces =
  (field = 'space'): AccessFn =>
  async (args) => {
    const ids = await memberSpaceIds(args)
    return ids.length > 0 ? ({ [field]: { in: ids } } as Where) : false
  }

/** Every professional may belong to a space: the navigation shows the group to all staff. */
export const hiddenFromNonStaff = hiddenUnless({ roles: ROLES })

/** Admin navigation group of the spaces. */
export const SPACES_GROUP = { fr: 'Espaces collaboratifs', en: 'Shared spaces' }
