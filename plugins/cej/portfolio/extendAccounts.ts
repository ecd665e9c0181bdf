import type { CollectionConfig, Field } from 'payload'

import { allOf } from '../../../src/kernel/access'
import { writesOnBeneficiary } from './access'
import { createCejProfile } from './createCejProfile'
import { eraseDossierNumber } from './eraseDossierNumber'
import { recordLogin } from './recordLogin'

/**
 * What the CEJ adds to the core's `accounts`, no column among them: the beneficiary's file lives
 * in `cej-profiles` (./CejProfiles.ts). A panel on the account's page shows it (a component, not
 * a join field: a join would be read with every account of every list).
 */
export const cejAccountFields: Field[] = [
  {
    name: 'cejProfilePanel',
    type: 'ui',
    label: { fr: 'Dossier CEJ', en: 'CEJ file' },
    admin: { components: { Field: '/plugins/cej/components/CejProfilePanel#CejProfilePanel' } },
  },
]

/**
 * The core's `accounts` with the CEJ's rules: the « page bénéficiaires » rule (a CEJ beneficiary
 * is written only by those who follow them, or manage the Mission Locale's accounts; colleagues
 * read), the CEJ file created with the account the CEJ takes in, its dossier number erased with
 * the identity and gone with an account deleted for good, the last login recorded on it. Fields the collection declares are kept.
 */
export const withPortfolioFields = (collection: CollectionConfig): CollectionConfig => {
  const declared = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const update = collection.access?.update
  return {
    ...collection,
    access: { ...collection.access, ...(update ? { update: allOf(update, writesOnBeneficiary) } : {}) },
    hooks: {
      ...collection.hooks,
      afterChange: [createCejProfile, eraseDossierNumber, ...(collection.hooks?.afterChange ?? [])],
      afterLogin: [recordLogin, ...(collection.hooks?.afterLogin ?? [])],
    },
    fields: [...collection.fields, ...cejAccountFields.filter((field) => !('name' in field) || !declared.has(field.name))],
  }
}
