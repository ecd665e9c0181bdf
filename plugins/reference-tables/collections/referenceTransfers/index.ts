import type { CollectionConfig } from 'payload'

import { hiddenUnless, nobody } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { administerReferenceTables } from '../../access'
import { REFERENCE_SLUGS, REFERENCE_TABLE_OPTIONS } from '../../slugs'
import { scheduleTransfer } from './scheduleTransfer'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }

/** Written by the platform only (scheduling, the clock's progress), never by a person. */
const systemOnly = { create: () => false, update: () => false }

/**
 * « Activer le mode transfert » / « Suivre le transfert de références » (seed 003): source →
 * destination in one table of a Mission Locale, « Programmé » until the next 04:00 (Europe/Paris),
 * when the clock replaces the source by the destination in every record (« Réalisé »); an
 * administrator may cancel it before (« Annulé »). A transfer is never edited or deleted: its
 * status moves through the `reference-transfer` lifecycle only.
 */
export const ReferenceTransfers: CollectionConfig = {
  slug: REFERENCE_SLUGS.transfers,
  labels: {
    singular: { fr: 'Transfert de références', en: 'Reference transfer' },
    plural: { fr: 'Suivre le transfert de références', en: 'Reference transfers' },
  },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'id',
    defaultColumns: ['table', 'source', 'destination', 'scheduledFor', 'status', 'moved', 'structure'],
    listSearchableFields: ['sourceLabel'],
    description: {
      fr: "Les transferts programmés et réalisés. « Créer » active le mode transfert : l'élément source est remplacé par l'élément destination dans tous les dossiers, la nuit suivante à 4 heures. La source reste dans la table : supprimez-la une fois le transfert réalisé.",
      en: 'Scheduled and completed transfers of reference items.',
    },
    hidden: hiddenUnless({ sections: ['administration'] }),
  },
  defaultSort: '-scheduledFor',
  indexes: [{ fields: ['status', 'scheduledFor'] }],
  access: { read: administerReferenceTables, create: administerReferenceTables, update: nobody, delete: nobody },
  hooks: { beforeChange: [scheduleTransfer] },
  fields: [
    { name: 'table', type: 'select', required: true, index: true, options: REFERENCE_TABLE_OPTIONS, label: { fr: 'Table', en: 'Table' } },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'relationship',
          relationTo: REFERENCE_SLUGS.items,
          // Checked at scheduling (scheduleTransfer); not NOT NULL, so the source can be deleted once moved.
          index: true,
          label: { fr: 'Élément source (à transférer)', en: 'Source item' },
          filterOptions: ({ siblingData }) => ((siblingData as { table?: string })?.table ? { table: { equals: (siblingData as { table: string }).table } } : true),
        },
        {
          name: 'destination',
          type: 'relationship',
          relationTo: REFERENCE_SLUGS.items,
          index: true,
          label: { fr: 'Élément destination (celui qui reste)', en: 'Destination item' },
          filterOptions: ({ siblingData }) => ((siblingData as { table?: string })?.table ? { table: { equals: (siblingData as { table: string }).table }, active: { equals: true } } : true),
        },
      ],
    },
    {
      name: 'sourceLabel',
      type: 'text',
      label: { fr: 'Libellé de la source', en: 'Source label' },
      access: systemOnly,
      admin: { readOnly: true, description: { fr: 'Gardé pour l’historique une fois la source supprimée (contextes seulement : un nom de personne n’est jamais copié).', en: 'Kept once the source is deleted.' } },
    },
    {
      name: 'scheduledFor',
      type: 'date',
      index: true,
      label: { fr: 'Programmé pour', en: 'Scheduled for' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', ...dateTime, description: { fr: 'Le prochain 4 heures du matin (heure de Paris).', en: 'The next 04:00, Paris time.' } },
    },
    { name: 'ranAt', type: 'date', label: { fr: 'Réalisé le', en: 'Ran at' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar', ...dateTime } },
    { name: 'moved', type: 'number', defaultValue: 0, label: { fr: 'Dossiers transférés', en: 'Records moved' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'failed', type: 'number', defaultValue: 0, label: { fr: 'Dossiers en erreur', en: 'Records failed' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'operations',
      type: 'relationship',
      relationTo: 'bulk-operations',
      hasMany: true,
      label: { fr: 'Opérations groupées', en: 'Bulk operations' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', description: { fr: 'Une par collection de dossiers : progression et erreurs par dossier.', en: 'One per collection: progress and per-record errors.' } },
    },
    { name: 'errors', type: 'json', label: { fr: 'Erreurs', en: 'Errors' }, access: systemOnly, admin: { readOnly: true, condition: (data) => Boolean(data?.failed) } },
    { name: 'requestedBy', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Demandé par', en: 'Requested by' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'Mission Locale', en: 'Mission Locale' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
