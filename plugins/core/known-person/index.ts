export { openProgrammeEndpoint } from './endpoints'
export { findKnownPerson } from './findKnownPerson'
export { answerKnownPerson, proposeKnownPerson } from './proposal'

import type { CollectionConfig } from 'payload'

import { answerKnownPerson, proposeKnownPerson } from './proposal'

/** The accounts collection with the known-person proposal on staff creations (after its own checks). */
export const withKnownPersonProposal = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeValidate: [...(collection.hooks?.beforeValidate ?? []), proposeKnownPerson],
    afterError: [...(collection.hooks?.afterError ?? []), answerKnownPerson],
  },
})
