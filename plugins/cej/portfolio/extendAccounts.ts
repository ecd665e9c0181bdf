import type { CollectionAfterLoginHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { allOf, moduleFields, staffField } from '../../../src/kernel/access'
import { transitionInContext } from '../../lifecycle'
import { writesOnBeneficiary } from './access'
import { SITUATIONS } from './options'

const systemOnly = { create: () => false, update: () => false }

/** The CEJ beneficiary's fields on the core's `accounts` (seed 001, « Portefeuille »). */
export const portfolioAccountFields: Field[] = [
  {
    name: 'dossierNumber',
    type: 'text',
    unique: true,
    index: true,
    maxLength: 40,
    label: { fr: 'Numéro de dossier i-milo', en: 'i-milo file number' },
    access: { read: staffField, create: staffField, update: staffField },
    admin: { position: 'sidebar', description: { fr: 'Référence externe unique du bénéficiaire du CEJ.', en: 'Unique external reference.' } },
  },
  {
    name: 'situation',
    type: 'select',
    options: SITUATIONS,
    label: { fr: 'Situation', en: 'Situation' },
    access: { read: staffField, create: staffField, update: staffField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'cejEndDate',
    type: 'date',
    label: { fr: 'Date de fin du CEJ', en: 'CEJ end date' },
    access: { read: staffField, create: staffField, update: staffField },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
  },
  {
    name: 'lastLoginAt',
    type: 'date',
    index: true,
    label: { fr: 'Dernière activité (connexion)', en: 'Last activity (login)' },
    access: { read: staffField, ...systemOnly },
    admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
  },
]

/**
 * Every login records the young person's last activity, two columns only: a save of the whole
 * record would race the session Payload has just written.
 */
const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.db.updateOne({ collection: 'accounts', id: user.id, data: { lastLoginAt: new Date().toISOString() }, req })
}

/** « Supprimer ce compte »: the dossier number goes with the identity (the same person can be added again). */
const eraseDossierNumberOnDelete: CollectionBeforeChangeHook = ({ data, context }) => {
  if (transitionInContext(context)?.to === 'deleted') data.dossierNumber = null
  return data
}

/**
 * The core's `accounts` with the CEJ beneficiary fields, the last-login stamp, and the « page
 * bénéficiaires » rule: a CEJ beneficiary is written only by those who follow them (or manage the
 * Mission Locale's accounts); colleagues read. Fields the collection declares are kept; the
 * beneficiary fields are read only by those who work in the CEJ (not a DABM counsellor).
 */
export const withPortfolioFields = (collection: CollectionConfig): CollectionConfig => {
  const declared = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const update = collection.access?.update
  return {
    ...collection,
    access: { ...collection.access, ...(update ? { update: allOf(update, writesOnBeneficiary) } : {}) },
    hooks: {
      ...collection.hooks,
      beforeChange: [eraseDossierNumberOnDelete, ...(collection.hooks?.beforeChange ?? [])],
      afterLogin: [recordLogin, ...(collection.hooks?.afterLogin ?? [])],
    },
    fields: [...collection.fields, ...moduleFields({ section: 'cej', fields: portfolioAccountFields }).filter((field) => !('name' in field) || !declared.has(field.name))],
  }
}
