import type { CollectionConfig } from 'payload'

import { candidateProfileFields } from './profileFields'
import { requireEstablishmentCandidate } from './requireEstablishmentCandidate'

/**
 * The core's `accounts` gains the candidate file and the establishment rules of Atouts pour
 * tous. Fields the collection already declares are kept; the plugin's hook comes first.
 */
export const extendAccounts = (collection: CollectionConfig): CollectionConfig => {
  const declared = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const added = candidateProfileFields.filter((field) => !('name' in field) || !declared.has(field.name))
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeValidate: [requireEstablishmentCandidate, ...(collection.hooks?.beforeValidate ?? [])] },
    fields: [...collection.fields, ...added],
  }
}
