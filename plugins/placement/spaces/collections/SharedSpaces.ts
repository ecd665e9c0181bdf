import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { anyOf, opensSection } from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { SLUGS } from '../../../../collections/slugs'
import { PLACEMENT_SLUGS } from '../../slugs'
import { hiddenFromNonStaff, isSpaceMember, managesSpace, SPACES_GROUP } from '../access'
import { membershipEndpoints } from '../endpoints/membershipEndpoints'
import { checkNewMembers } from '../hooks/checkNewMembers'
import { deleteSpaceContents } from '../hooks/deleteSpaceContents'

/** The administrator who opens a space is its first member, and is recorded as its creator. */
const stampCreator: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation !== 'create' || req.user?.collection !== 'users') return data
  const members = Array.isArray(data.members) ? data.members : []
  return { ...data, createdBy: req.user.id, members: members.some((member) => Number(member?.id ?? member) === req.user?.id) ? members : [...members, req.user.id] }
}

/**
 * « Espaces collaboratifs » (seed 004): a space gathers professionals around a topic or a cohort
 * (referents, mission officers, partners they invite) to exchange messages, documents and
 * events. Administrators create them (« Créer les espaces collaboratifs ») for a structure of
 * theirs and manage members; members read it, invite colleagues of their structures and leave.
 */
export const SharedSpaces: CollectionConfig = {
  slug: PLACEMENT_SLUGS.sharedSpaces,
  labels: { singular: { fr: 'Espace collaboratif', en: 'Shared space' }, plural: { fr: 'Espaces collaboratifs', en: 'Shared spaces' } },
  admin: {
    group: SPACES_GROUP,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'structure', 'members', 'updatedAt'],
    listSearchableFields: ['name', 'description'],
    hidden: hiddenFromNonStaff,
  },
  defaultSort: 'name',
  access: {
    read: anyOf(isSpaceMember, managesSpace),
    create: opensSection('administration'),
    update: managesSpace,
    delete: managesSpace,
  },
  endpoints: membershipEndpoints,
  hooks: {
    beforeChange: [guardStructureScope({ field: 'structure', message: 'Vous ne pouvez créer un espace collaboratif que pour vos structures.' }), stampCreator, checkNewMembers],
    beforeDelete: [deleteSpaceContents],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 150, label: { fr: 'Nom de l’espace', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'topic',
      options: [
        { label: { fr: 'Thématique', en: 'Topic' }, value: 'topic' },
        { label: { fr: 'Cohorte', en: 'Cohort' }, value: 'cohort' },
      ],
      label: { fr: 'Type d’espace', en: 'Kind' },
    },
    { name: 'description', type: 'textarea', maxLength: 2000, label: { fr: 'Description', en: 'Description' } },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      required: true,
      index: true,
      label: { fr: 'Structure qui anime l’espace', en: 'Host structure' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      index: true,
      label: { fr: 'Membres', en: 'Members' },
      admin: { description: { fr: 'Les professionnels qui voient l’espace. Un membre retiré perd l’accès aussitôt, documents compris.', en: 'Who sees the space.' } },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: { fr: 'Créé par', en: 'Created by' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'membershipPanel',
      type: 'ui',
      label: { fr: 'Ma participation', en: 'Membership' },
      admin: { position: 'sidebar', components: { Field: '/plugins/placement/spaces/components/SpaceMembershipPanel#SpaceMembershipPanel' }, condition: (data) => Boolean(data?.id) },
    },
  ],
}
