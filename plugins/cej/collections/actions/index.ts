import type { CollectionConfig, FieldHook, Where } from 'payload'

import { allOf, anyOf, hiddenUnless, isAccount, isSuperAdmin, opensSection, ownedByAccount, staffField } from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { cejStaffInStructures } from '../../access'
import { attachActionOwner } from '../../hooks/attachActionOwner'
import { notifyNewAction } from '../../hooks/notifyNewAction'
import { qualifyActionsEndpoint } from '../../endpoints/qualifyActions'
import { notSnpEndpoint } from '../../endpoints/portfolioEndpoints'
import { completedAtField, guardActionDelete, guardActionWrite, stampCompletion } from '../../portfolio/actionHooks'
import { CEJ_SLUGS } from '../../slugs'
import { ACTION_CATEGORIES, ACTION_STATUSES } from './options'
import { DELETED_WITH_TARGET } from '../../../../src/kernel/db/dependents'

const notQualified = (): Where => ({ 'qualification.qualifiedAt': { exists: false } })

/** « En retard »: past its date and not done. */
const late: FieldHook = ({ siblingData }) =>
  Boolean(siblingData?.dueDate && siblingData.status !== 'done' && new Date(String(siblingData.dueDate)) < new Date())

const readOnly = { create: () => false, update: () => false }

/**
 * A young person's action (seed 001, « Les actions »): created by their counsellor or by
 * themselves, « À faire », « En cours » or « Terminée », with a date. A finished action can be
 * qualified as a non-professional situation (SNP) by the counsellor only
 * (`POST /api/actions/qualify`); a qualified action no longer changes.
 */
export const Actions: CollectionConfig = {
  slug: CEJ_SLUGS.actions,
  labels: { singular: { fr: 'Action', en: 'Action' }, plural: { fr: 'Actions', en: 'Actions' } },
  admin: {
    group: GROUPS.cej,
    useAsTitle: 'title',
    defaultColumns: ['account', 'category', 'title', 'status', 'dueDate', 'late'],
    listSearchableFields: ['title', 'description'],
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  defaultSort: 'dueDate',
  indexes: [{ fields: ['structure', 'dueDate'] }],
  access: {
    read: anyOf(cejStaffInStructures, ownedByAccount('account')),
    create: anyOf(isAccount, opensSection('cej')),
    update: anyOf(isSuperAdmin, allOf(anyOf(cejStaffInStructures, ownedByAccount('account')), notQualified)),
    delete: anyOf(isSuperAdmin, allOf(cejStaffInStructures, notQualified)),
  },
  endpoints: [qualifyActionsEndpoint, notSnpEndpoint],
  hooks: {
    beforeChange: [attachActionOwner, guardStructureScope({ field: 'structure', message: 'Vous ne pouvez créer une action que pour un bénéficiaire de votre Mission Locale.' }), guardActionWrite, stampCompletion],
    beforeDelete: [guardActionDelete],
    afterChange: [notifyNewAction],
  },
  fields: [
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, custom: DELETED_WITH_TARGET, index: true, label: { fr: 'Bénéficiaire', en: 'Beneficiary' }, access: { update: () => false } },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', required: true, options: ACTION_CATEGORIES, label: { fr: 'Catégorie', en: 'Category' } },
        { name: 'title', type: 'text', required: true, maxLength: 120, label: { fr: "Titre de l'action", en: 'Title' } },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 255, label: { fr: 'Description', en: 'Description' } },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'todo', index: true, options: ACTION_STATUSES, label: { fr: 'Statut', en: 'Status' } },
        { name: 'dueDate', type: 'date', required: true, index: true, admin: { date: { displayFormat: 'dd/MM/yyyy' } }, label: { fr: 'Date', en: 'Date' } },
        { name: 'late', type: 'checkbox', virtual: true, access: readOnly, admin: { readOnly: true }, hooks: { afterRead: [late] }, label: { fr: 'En retard', en: 'Late' } },
      ],
    },
    {
      name: 'qualification',
      type: 'group',
      label: { fr: 'Qualification en SNP (situation non professionnelle)', en: 'Non-professional situation' },
      access: { read: staffField, ...readOnly },
      admin: { readOnly: true, description: { fr: 'Renseignée par « Qualifier » (conseiller, actions terminées) ; une action qualifiée ne se modifie plus.', en: 'Set by qualifying.' } },
      fields: [
        { name: 'snpType', type: 'select', options: ACTION_CATEGORIES, label: { fr: 'Type de SNP', en: 'Type' } },
        { name: 'startsAt', type: 'date', label: { fr: 'Début', en: 'Start' } },
        { name: 'endsAt', type: 'date', label: { fr: 'Fin', en: 'End' } },
        { name: 'hours', type: 'number', label: { fr: 'Heures comptabilisées', en: 'Hours' } },
        { name: 'notSnp', type: 'checkbox', label: { fr: 'Enregistrée en non SNP', en: 'Recorded as not SNP' } },
        { name: 'qualifiedAt', type: 'date', label: { fr: 'Qualifiée le', en: 'Qualified at' } },
        { name: 'qualifiedBy', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Qualifiée par', en: 'Qualified by' } },
      ],
    },
    completedAtField,
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, access: readOnly, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Mission Locale', en: 'Mission Locale' } },
    { name: 'createdByUser', type: 'relationship', relationTo: SLUGS.users, access: readOnly, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Créée par (conseiller)', en: 'Created by (staff)' } },
    { name: 'createdByAccount', type: 'relationship', relationTo: SLUGS.accounts, access: readOnly, admin: { position: 'sidebar', readOnly: true }, label: { fr: 'Créée par le bénéficiaire', en: 'Created by the young person' } },
  ],
}
