export { knownPersonEndpoint, openProgrammeEndpoint } from './endpoints'
export { findKnownPerson } from './findKnownPerson'
export { answerKnownPerson, knownPersonAnswer, proposeKnownPerson } from './proposal'

import type { CollectionConfig } from 'payload'

import { answerKnownPerson, proposeKnownPerson } from './proposal'

/**
 * The accounts collection with the known-person proposal on staff creations (after its own
 * checks), and the admin's « Enregistrer » that, on that refusal, offers to open a programme.
 */
export const withKnownPersonProposal = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: { ...collection.admin?.components?.edit, SaveButton: '/plugins/core/components/KnownPersonSaveButton#KnownPersonSaveButton' },
    },
  },
  hooks: {
    ...collection.hooks,
    beforeValidate: [...(collection.hooks?.beforeValidate ?? []), proposeKnownPerson],
    afterError: [...(collection.hooks?.afterError ?? []), answerKnownPerson],
  },
})
