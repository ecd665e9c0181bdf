import type { Access, CollectionConfig } from 'payload'

import { allOf, anyOf, hiddenUnless, inUserStructures, isSuperAdmin, nobody, opensSection } from '../../../../src/kernel/access'
import { BULK_OPERATIONS_SLUG, bulkKindOf } from '../../../../src/kernel/bulk'
import { GROUPS, SLUGS } from '../../../../collections/slugs'

/** The operation's creator. */
const createdBySelf: Access = ({ req }) => (req.user?.collection === 'users' ? { createdBy: { equals: req.user.id } } : false)

/** Seed 003: an operation is read by whoever started it and by the administrators of their structures. */
const readBulkOperations = anyOf(isSuperAdmin, createdBySelf, allOf(opensSection('administration'), inUserStructures('structures')))

const STATUS_OPTIONS = [
  { label: { fr: 'En attente', en: 'Queued' }, value: 'queued' },
  { label: { fr: 'En cours', en: 'Running' }, value: 'running' },
  { label: { fr: 'Terminée', en: 'Done' }, value: 'done' },
  { label: { fr: 'Échouée', en: 'Failed' }, value: 'failed' },
]

const readOnly = { create: () => false, update: () => false }

/**
 * DOMAIN.md « Bulk operations »: one background operation on many items (transfers, archiving
 * runs…) and its progress. Written only by the runner (src/kernel/bulk); read through REST and
 * GraphQL by its creator and the administrators of their structures.
 */
export const BulkOperations: CollectionConfig = {
  slug: BULK_OPERATIONS_SLUG,
  labels: {
    singular: { fr: 'Opération groupée', en: 'Bulk operation' },
    plural: { fr: 'Opérations groupées', en: 'Bulk operations' },
  },
  admin: {
    group: GROUPS.administration,
    defaultColumns: ['kindLabel', 'status', 'total', 'done', 'failed', 'createdBy', 'createdAt'],
    hidden: hiddenUnless({ sections: ['administration'] }),
  },
  access: {
    read: readBulkOperations,
    create: nobody,
    update: nobody,
    delete: isSuperAdmin,
  },
  fields: [
    { name: 'kind', type: 'text', required: true, index: true, label: { fr: 'Type', en: 'Kind' }, access: readOnly, admin: { readOnly: true } },
    {
      name: 'kindLabel',
      type: 'text',
      virtual: true,
      label: { fr: 'Opération', en: 'Operation' },
      admin: { readOnly: true },
      hooks: { afterRead: [({ data, req }) => (data?.kind ? (bulkKindOf(req.payload.config, String(data.kind))?.label ?? data.kind) : undefined)] },
    },
    {
      // Where a per-item error's link points: the kind's `itemCollection` (accounts, offers, structures…), or the operation's own when one kind spans several (reference transfers).
      name: 'itemCollection',
      type: 'text',
      virtual: true,
      label: { fr: 'Collection des éléments', en: 'Item collection' },
      admin: { readOnly: true, hidden: true },
      hooks: { afterRead: [({ data, req }) => (data?.kind ? ((data.params as { itemCollection?: string } | undefined)?.itemCollection ?? bulkKindOf(req.payload.config, String(data.kind))?.itemCollection) : undefined)] },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: STATUS_OPTIONS,
      label: { fr: 'État', en: 'Status' },
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'total', type: 'number', required: true, defaultValue: 0, label: { fr: 'Éléments', en: 'Total' }, access: readOnly, admin: { readOnly: true } },
        { name: 'done', type: 'number', required: true, defaultValue: 0, label: { fr: 'Traités', en: 'Done' }, access: readOnly, admin: { readOnly: true } },
        { name: 'failed', type: 'number', required: true, defaultValue: 0, label: { fr: 'En erreur', en: 'Failed' }, access: readOnly, admin: { readOnly: true } },
      ],
    },
    {
      name: 'params',
      type: 'json',
      label: { fr: 'Paramètres', en: 'Parameters' },
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      name: 'errors',
      type: 'json',
      label: { fr: 'Erreurs par élément', en: 'Errors per item' },
      access: readOnly,
      admin: { readOnly: true, description: { fr: 'Identifiant de chaque élément non traité et la raison.', en: 'Item id and reason.' } },
    },
    // The runner's own state: the frozen list of items and the cursor it has reached (moved in the
    // transaction that did the chunk's work). Nobody reads them through the API.
    { name: 'items', type: 'json', access: { read: () => false, ...readOnly }, admin: { hidden: true } },
    { name: 'position', type: 'number', defaultValue: 0, access: { read: () => false, ...readOnly }, admin: { hidden: true } },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      label: { fr: 'Lancée par', en: 'Started by' },
      access: readOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'structures',
      type: 'relationship',
      relationTo: SLUGS.structures,
      hasMany: true,
      label: { fr: 'Structures', en: 'Structures' },
      access: readOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'startedAt', type: 'date', label: { fr: 'Démarrée le', en: 'Started at' }, access: readOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'heartbeatAt', type: 'date', access: { read: () => false, ...readOnly }, admin: { hidden: true } },
    { name: 'finishedAt', type: 'date', label: { fr: 'Terminée le', en: 'Finished at' }, access: readOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
