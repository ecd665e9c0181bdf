import type { CollectionConfig } from 'payload'

import { anyOf, isAccount, isSuperAdmin, nobody, opensSection, ownedByAccount } from '../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { establishmentStaffOn, hiddenOutsidePlacement } from '../access'
import { attachToThread } from '../hooks/attachToThread'
import { queueFollowUpAlert } from '../hooks/queueFollowUpAlert'
import { PLACEMENT_SLUGS } from '../slugs'

const readOnly = { create: () => false, update: () => false }

/**
 * "Messages de suivi": the candidate and their referents talk about one candidature or
 * parrainage. Employers never read them (no rule below grants them anything). A message, once
 * written, is part of the record: nobody edits it.
 */
export const FollowUpMessages: CollectionConfig = {
  slug: PLACEMENT_SLUGS.followUpMessages,
  labels: { singular: { fr: 'Message de suivi', en: 'Follow-up message' }, plural: { fr: 'Messages de suivi', en: 'Follow-up messages' } },
  admin: {
    group: GROUPS.placement,
    useAsTitle: 'body',
    defaultColumns: ['authorName', 'body', 'candidature', 'parrainage', 'createdAt'],
    listSearchableFields: ['body', 'authorName'],
    hidden: hiddenOutsidePlacement,
  },
  defaultSort: 'createdAt',
  indexes: [{ fields: ['structure', 'createdAt'] }],
  access: {
    read: anyOf(ownedByAccount('account'), establishmentStaffOn('structure')),
    create: anyOf(isAccount, opensSection('placement')),
    update: nobody,
    delete: isSuperAdmin,
  },
  hooks: { beforeChange: [attachToThread], afterChange: [queueFollowUpAlert] },
  fields: [
    { name: 'candidature', type: 'relationship', relationTo: PLACEMENT_SLUGS.candidatures, index: true, label: { fr: 'Candidature', en: 'Application' } },
    { name: 'parrainage', type: 'relationship', relationTo: PLACEMENT_SLUGS.parrainages, index: true, label: { fr: 'Demande de parrainage', en: 'Sponsorship request' } },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: { fr: 'Message', en: 'Message' } },
    { name: 'authorName', type: 'text', label: { fr: 'Auteur', en: 'Author' }, access: readOnly, admin: { readOnly: true } },
    { name: 'authorUser', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Auteur (référent)', en: 'Author (staff)' }, access: readOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'authorAccount', type: 'relationship', relationTo: SLUGS.accounts, label: { fr: 'Auteur (candidat)', en: 'Author (candidate)' }, access: readOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, index: true, label: { fr: 'Candidat', en: 'Candidate' }, access: readOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'Établissement', en: 'Establishment' }, access: readOnly, admin: { position: 'sidebar', readOnly: true } },
  ],
}
