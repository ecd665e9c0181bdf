import type { CollectionBeforeValidateHook } from 'payload'

import { asPrincipal, isSuperAdminUser, userHasRole, userStructureIds } from '../../../src/kernel/access'
import { invalidField } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'

/**
 * A counsellor opens bilans for themselves, in their DABM unless they name another of theirs.
 * `structure` (the access scope) always mirrors the DABM, whatever the caller sends.
 */
export const assignBilanDefaults: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req, collection }) => {
  if (!data) return data
  const user = asPrincipal(req.user)
  const isCounsellor = userHasRole(user, ['counsellor', 'lead-counsellor']) && !isSuperAdminUser(user)
  if (operation === 'create' && isCounsellor) data.counsellor = user!.id
  if (operation === 'create' && !data.dabm && isCounsellor) {
    const { docs } = await req.payload.find({
      collection: 'structures',
      where: { and: [{ id: { in: userStructureIds(user) } }, { type: { equals: 'dabm' } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    data.dabm = docs[0]?.id
  }
  const dabm = relationId(data.dabm ?? originalDoc?.dabm)
  if (!dabm) throw invalidField({ req, collection: collection.slug, path: 'dabm', message: 'Le DABM du bilan est obligatoire.' })
  data.structure = dabm
  return data
}
