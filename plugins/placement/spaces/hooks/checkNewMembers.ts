import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isStaffUser } from '../../../../src/kernel/access'
import { invalidField } from '../../../../src/kernel/lib/errors'
import { loadDoc } from '../../../../src/kernel/lib/loadDoc'
import { relationIds } from '../../../../src/kernel/lib/relationId'

/**
 * Seed 004: a space gathers professionals whom its members invite « from their structures ».
 * Whoever adds someone to `members` (the admin form or the invitation endpoint) must be able to
 * read that user, i.e. the user belongs to the inviter's structures (anyone for a super-admin).
 * Members already there stay, whoever added them.
 */
export const checkNewMembers: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (!('members' in data) || !isStaffUser(asPrincipal(req.user))) return data
  const before = new Set(relationIds(originalDoc?.members))
  const members = [...new Set(relationIds(data.members))]
  for (const id of members.filter((member) => !before.has(member))) {
    const user = await loadDoc({ req, collection: 'users', id, asCaller: true })
    if (!user) {
      throw invalidField({ req, collection: collection.slug, path: 'members', message: `Vous ne pouvez inviter que des professionnels de vos structures (utilisateur ${id}).` })
    }
  }
  return { ...data, members }
}
