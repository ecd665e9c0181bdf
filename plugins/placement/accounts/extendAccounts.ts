import type { CollectionConfig } from 'payload'

import { moduleFields } from '../../../src/kernel/access'
import { candidateProfileFields } from './profileFields'
import { requireEstablishmentCandidate } from './requireEstablishmentCandidate'

/**
 * The core's `accounts` gains the candidate file and the establishment rules of Atouts pour
 * tous. Fields the collection already declares are kept; the plugin's hook comes first. The file
 * is read only by those who work in the module (a Mission Locale referent never sees it).
 */
export const extendAccounts = (collection: CollectionConfig): CollectionConfig => {
  const declared = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const added = moduleFields({ section: 'placement', fields: candidateProfileFields }).filter((field) => !('name' in field) || !declared.has(field.name))
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeValidate: [requireEstablishmentCandidate, ...(collection.hooks?.beforeValidate ?? [])] },
    fields: [...collection.fields, ...added],
  }
}
