import type { CollectionConfig } from 'payload'

import { hiddenUnless, isSuperAdmin, nobody } from '../../../../src/kernel/access'
import { BULK_OPERATIONS_SLUG } from '../../../../src/kernel/bulk'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { cejStaffInStructures } from '../../access'
import { reassignmentEndpoints } from '../../endpoints/reassignmentEndpoints'
import { CEJ_SLUGS } from '../../slugs'

const readOnly = { create: () => false, update: () => false }

export const REASSIGNMENT_TYPES = [
  { label: { fr: 'Temporaire', en: 'Temporary' }, value: 'temporary' },
  { label: { fr: 'Définitive', en: 'Definitive' }, value: 'definitive' },
]

/**
 * CEJ « Le module de réaffectation » (seed 001): the young people of one counsellor followed by
 * another, `temporary` (until `endsAt`, then they return) or `definitive`. Each is a line of the
 * counsellor history of those young people (`GET /api/reassignments?where[accounts][in]=<id>`).
 * Created only by `POST /api/reassignments/reassign`; ended by `END` (transition API or clock).
 */
export const Reassignments: CollectionConfig = {
  slug: CEJ_SLUGS.reassignments,
  labels: { singular: { fr: 'Réaffectation', en: 'Reassignment' }, plural: { fr: 'Réaffectations', en: 'Reassignments' } },
  admin: {
    group: GROUPS.cej,
    defaultColumns: ['type', 'from', 'to', 'endsAt', 'status', 'createdAt'],
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  access: {
    // The Mission Locale's CEJ staff read the history of their young people.
    read: cejStaffInStructures,
    create: nobody,
    update: nobody,
    delete: isSuperAdmin,
  },
  endpoints: reassignmentEndpoints,
  fields: [
    { name: 'type', type: 'select', required: true, options: REASSIGNMENT_TYPES, label: { fr: 'Type de réaffectation', en: 'Type' }, access: readOnly, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, label: { fr: 'Conseiller d’origine', en: 'From' }, access: readOnly, admin: { readOnly: true } },
        { name: 'to', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, label: { fr: 'Conseiller remplaçant', en: 'To' }, access: readOnly, admin: { readOnly: true } },
      ],
    },
    {
      name: 'endsAt',
      type: 'date',
      index: true,
      label: { fr: 'Fin de la réaffectation', en: 'Ends at' },
      access: readOnly,
      admin: { readOnly: true, condition: (data) => data?.type === 'temporary', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    { name: 'accounts', type: 'relationship', relationTo: SLUGS.accounts, hasMany: true, index: true, label: { fr: 'Bénéficiaires réaffectés', en: 'Beneficiaries' }, access: readOnly, admin: { readOnly: true } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'Structure', en: 'Structure' }, access: readOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'createdBy', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Réaffectée par', en: 'Created by' }, access: readOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'operation', type: 'relationship', relationTo: BULK_OPERATIONS_SLUG, label: { fr: 'Opération (aller)', en: 'Operation' }, access: readOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'returnOperation', type: 'relationship', relationTo: BULK_OPERATIONS_SLUG, label: { fr: 'Opération (retour)', en: 'Return operation' }, access: readOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
