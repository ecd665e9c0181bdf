import type { CollectionConfig } from 'payload'

import { moduleFields } from '../../../src/kernel/access'
import { createCandidateProfile } from './createCandidateProfile'
import { eraseCandidateProfile } from './eraseCandidateProfile'
import { candidateAccountFields } from './profileFields'
import { requireEstablishmentCandidate } from './requireEstablishmentCandidate'

/**
 * The core's `accounts` gains the establishment rules of Atouts pour tous and, on the admin page,
 * the candidate's file, which lives in its own collection (`candidate-profiles`, created with the
 * account): no column is added. Fields the collection already declares are kept; the plugin's
 * hooks come first. The panel shows only what its viewer may read of the file.
 */
export const extendAccounts = (collection: CollectionConfig): CollectionConfig => {
  const declared = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const added = moduleFields({ section: 'placement', fields: candidateAccountFields }).filter((field) => !('name' in field) || !declared.has(field.name))
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeValidate: [requireEstablishmentCandidate, ...(collection.hooks?.beforeValidate ?? [])],
      afterChange: [createCandidateProfile, eraseCandidateProfile, ...(collection.hooks?.afterChange ?? [])],
    },
    fields: [...collection.fields, ...added],
  }
}
