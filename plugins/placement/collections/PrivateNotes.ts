import type { CollectionConfig } from 'payload'

import { anyOf, hiddenUnless, isSuperAdmin } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { establishmentFollowerOn, isEstablishmentFollower } from '../access'
import { attachPrivateNote } from '../hooks/attachPrivateNote'
import { PLACEMENT_SLUGS } from '../slugs'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

const followers = anyOf(isSuperAdmin, establishmentFollowerOn('structure'))

/**
 * "Note privée : n'est visible que par vous et votre chargé de mission": referents and mission
 * officers of the candidate's establishment, never the candidate nor an employer.
 */
export const PrivateNotes: CollectionConfig = {
  slug: PLACEMENT_SLUGS.privateNotes,
  labels: { singular: { fr: 'Note privée', en: 'Private note' }, plural: { fr: 'Notes privées', en: 'Private notes' } },
  admin: {
    group: GROUPS.placement,
    useAsTitle: 'body',
    defaultColumns: ['account', 'body', 'author', 'createdAt'],
    listSearchableFields: ['body'],
    hidden: hiddenUnless({ roles: ['super-admin', 'mission-officer', 'establishment-referent'] }),
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['structure', 'createdAt'] }],
  access: {
    read: followers,
    create: anyOf(isSuperAdmin, isEstablishmentFollower),
    update: followers,
    delete: followers,
  },
  hooks: { beforeChange: [attachPrivateNote, guardStructureScope({ field: 'structure', message: 'Vous ne pouvez écrire une note que sur un candidat de votre établissement.' })] },
  fields: [
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, custom: DELETED_WITH_TARGET, index: true, label: { fr: 'Candidat', en: 'Candidate' }, access: { update: () => false } },
    { name: 'candidature', type: 'relationship', relationTo: PLACEMENT_SLUGS.candidatures, label: { fr: 'Candidature', en: 'Application' }, access: { update: () => false } },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: { fr: 'Note', en: 'Note' } },
    { name: 'author', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Auteur', en: 'Author' }, access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'Établissement', en: 'Establishment' }, access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true } },
  ],
}
