import type { CollectionAfterChangeHook } from 'payload'

import { PLACEMENT_SLUGS } from '../slugs'

/** The candidate file's own fields (../profiles/CandidateProfiles.ts). */
export type CandidateProfileData = {
  secondaryEmail?: string
  nationality?: string
  training?: string
  diploma?: string
  diplomaYear?: number
  rqthRequested?: boolean
  rqth?: boolean
  internship?: boolean
  project?: string
}

/** Set by ./requireEstablishmentCandidate when the account is created in an establishment. */
export const CREATED_AS_CANDIDATE = 'placementCandidate'

/** What the creator already knows of the file (the import's columns), handed over with the account. */
export const INITIAL_CANDIDATE_PROFILE = 'placementCandidateProfile'

/**
 * A young person created in an establishment gets their candidate file, in the same transaction.
 * Read on `req.context` (nested Local API calls replace that object, the hook's `context` may be
 * an older copy) and cleared, so that the next account of the same request decides for itself.
 */
export const createCandidateProfile: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context[CREATED_AS_CANDIDATE] !== true) return doc
  const initial = (req.context[INITIAL_CANDIDATE_PROFILE] ?? {}) as CandidateProfileData
  delete req.context[CREATED_AS_CANDIDATE]
  delete req.context[INITIAL_CANDIDATE_PROFILE]
  // The module's own row with values it checked already (the import's columns, the seed's): one
  // insert through the adapter, without the operation's hooks and read-back, which doubled the
  // cost of each account an import creates.
  await req.payload.db.create({ collection: PLACEMENT_SLUGS.candidateProfiles, data: { ...initial, account: doc.id }, req, returning: false })
  return doc
}
