import type { CollectionConfig } from 'payload'

import { isSuperAdmin, nobody } from '../../../src/kernel/access'
import { GROUPS } from '../../../collections/slugs'
import { TRANSITIONS_SLUG } from '../types'

/**
 * The lifecycle history: one row per accepted transition. Written only by the plugin, in the
 * transition's transaction; never edited or deleted through any API. Staff read a document's
 * history through `GET /api/{collection}/{id}/transitions`, which checks they can read it.
 */
export const Transitions: CollectionConfig = {
  slug: TRANSITIONS_SLUG,
  labels: { singular: { fr: 'Historique', en: 'History entry' }, plural: { fr: 'Historique des statuts', en: 'Status history' } },
  admin: {
    group: GROUPS.administration,
    defaultColumns: ['collection', 'document', 'event', 'from', 'to', 'actor', 'createdAt'],
    listSearchableFields: ['document', 'event', 'comment'],
    hidden: ({ user }) => !(user?.roles as string[] | undefined)?.includes('super-admin'),
  },
  access: { read: isSuperAdmin, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'collection', type: 'text', required: true, index: true, label: { fr: 'Collection', en: 'Collection' } },
    { name: 'document', type: 'text', required: true, index: true, label: { fr: 'Document', en: 'Document' } },
    { name: 'event', type: 'text', required: true, label: { fr: 'Événement', en: 'Event' } },
    { name: 'from', type: 'text', label: { fr: 'De', en: 'From' } },
    { name: 'to', type: 'text', required: true, label: { fr: 'Vers', en: 'To' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { fr: 'Auteur', en: 'Actor' } },
    { name: 'actorAccount', type: 'relationship', relationTo: 'accounts', label: { fr: 'Auteur (jeune)', en: 'Actor (young person)' } },
    { name: 'comment', type: 'textarea', label: { fr: 'Message', en: 'Message' } },
    { name: 'data', type: 'json', label: { fr: 'Données', en: 'Data' } },
    { name: 'completedEffects', type: 'json', admin: { hidden: true } },
  ],
}
