import type { CollectionConfig } from 'payload'

import { hiddenUnless, isSuperAdmin, nobody } from '../../../src/kernel/access'
import { GROUPS } from '../../../collections/slugs'
import { TRANSITIONS_SLUG } from '../types'

/**
 * The lifecycle history: one row per accepted transition. Written only by the plugin, in the
 * transition's transaction; never edited or deleted through any API. Staff read a document's
 * history through `GET /api/{collection}/{id}/transitions`, which checks they can read it.
 */
const cell = (kind: 'collection' | 'document' | 'event' | 'state') => ({ path: '/plugins/lifecycle/components/HistoryCell#HistoryCell', clientProps: { kind } })

export const Transitions: CollectionConfig = {
  slug: TRANSITIONS_SLUG,
  labels: { singular: { fr: 'Historique', en: 'History entry' }, plural: { fr: 'Historique des statuts', en: 'Status history' } },
  admin: {
    group: GROUPS.administration,
    // What a person reads: when, which document, which action, from and to which state, by whom.
    defaultColumns: ['createdAt', 'document', 'collection', 'event', 'from', 'to', 'actor', 'comment'],
    listSearchableFields: ['document', 'event', 'comment'],
    // Read by super-admins only (`access.read`): the menu entry through the vocabulary's one helper.
    hidden: hiddenUnless({ roles: ['super-admin'] }),
  },
  access: { read: isSuperAdmin, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'collection', type: 'text', required: true, index: true, label: { fr: 'Type de document', en: 'Collection' }, admin: { components: { Cell: cell('collection') } } },
    { name: 'document', type: 'text', required: true, index: true, label: { fr: 'Document', en: 'Document' }, admin: { components: { Cell: cell('document') } } },
    { name: 'event', type: 'text', required: true, label: { fr: 'Action', en: 'Event' }, admin: { components: { Cell: cell('event') } } },
    { name: 'from', type: 'text', label: { fr: 'Statut précédent', en: 'From' }, admin: { components: { Cell: cell('state') } } },
    { name: 'to', type: 'text', required: true, label: { fr: 'Nouveau statut', en: 'To' }, admin: { components: { Cell: cell('state') } } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { fr: 'Auteur', en: 'Actor' } },
    { name: 'actorAccount', type: 'relationship', relationTo: 'accounts', label: { fr: 'Auteur (jeune)', en: 'Actor (young person)' } },
    { name: 'comment', type: 'textarea', label: { fr: 'Message', en: 'Message' } },
    // The event's other data (a transfer's target…): kept for audits, not a list column.
    { name: 'data', type: 'json', label: { fr: 'Données de l’action', en: 'Data' }, admin: { disableListColumn: true, disableListFilter: true } },
    { name: 'completedEffects', type: 'json', admin: { hidden: true, disableListColumn: true, disableListFilter: true } },
  ],
}
