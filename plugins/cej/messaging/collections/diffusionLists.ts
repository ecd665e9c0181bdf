import type { CollectionBeforeChangeHook, CollectionConfig, PayloadRequest, Where } from 'payload'

import { allOf, asPrincipal, hiddenUnless, isStaffUser } from '../../../../src/kernel/access'
import { invalidField } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { cejStaff } from '../access'

/** The counsellor's own lists only. */
const ownedByUser = ({ req }: { req: PayloadRequest }) => {
  const user = asPrincipal(req.user)
  return isStaffUser(user) ? ({ owner: { equals: user.id } } as Where) : false
}

/** The owner is the author; members are young people the owner follows. */
const stampOwnerAndCheckMembers: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  const user = asPrincipal(req.user)
  if (operation === 'create' && isStaffUser(user)) data.owner = user.id
  const owner = relationId(data.owner ?? originalDoc?.owner)
  const members = ((data.members ?? originalDoc?.members ?? []) as unknown[]).map(relationId).filter((id): id is number => id !== null)
  // Checked for a person's own changes (the seed, with no one logged in, writes its demo list as is).
  if (isStaffUser(user) && owner && members.length) {
    const { totalDocs } = await req.payload.count({ collection: SLUGS.accounts, where: { and: [{ id: { in: members } }, { referents: { in: [owner] } }] }, overrideAccess: true, req })
    if (totalDocs !== new Set(members).size) {
      throw invalidField({ req, collection: MESSAGING_SLUGS.diffusionLists, path: 'members', message: 'Une liste de diffusion ne contient que des bénéficiaires de votre portefeuille.' })
    }
  }
  return data
}

/** « Mes listes de diffusion »: a counsellor's named lists of the young people they follow. */
export const DiffusionLists: CollectionConfig = {
  slug: MESSAGING_SLUGS.diffusionLists,
  labels: { singular: { fr: 'Liste de diffusion', en: 'Diffusion list' }, plural: { fr: 'Listes de diffusion', en: 'Diffusion lists' } },
  admin: { group: GROUPS.cej, useAsTitle: 'name', defaultColumns: ['name', 'members', 'updatedAt'], hidden: hiddenUnless({ sections: ['cej'] }) },
  access: {
    read: allOf(cejStaff, ownedByUser),
    create: cejStaff,
    update: allOf(cejStaff, ownedByUser),
    delete: allOf(cejStaff, ownedByUser),
  },
  hooks: { beforeChange: [stampOwnerAndCheckMembers] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { fr: 'Nom de la liste', en: 'Name' } },
    { name: 'members', type: 'relationship', relationTo: SLUGS.accounts, hasMany: true, label: { fr: 'Bénéficiaires', en: 'Members' } },
    { name: 'owner', type: 'relationship', relationTo: SLUGS.users, index: true, access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Conseiller', en: 'Owner' } },
  ],
}
