import type { CollectionAfterChangeHook } from 'payload'

import type { CejProfile } from '../../../src/payload-types'
import { CEJ_SLUGS } from '../slugs'

/** The CEJ file's own values (./CejProfiles.ts) that its creator knows. */
export type CejProfileData = Partial<Pick<CejProfile, 'dossierNumber' | 'situation' | 'cejEndDate' | 'lastLoginAt'>>

/**
 * Set on `req.context` by whoever takes a young person into the CEJ as it creates the account
 * (« Ajouter un bénéficiaire », the seed): the account is then created with its CEJ file.
 */
export const INITIAL_CEJ_PROFILE = 'cejInitialProfile'

/**
 * A young person created for the CEJ gets their CEJ file in the same transaction, and no other
 * account does (a Mission Locale's pre-registration, an Atouts candidate). Read on `req.context`
 * (nested Local API calls replace that object) and cleared, so that the next account of the same
 * request decides for itself. One insert through the adapter: the values were checked by the
 * caller; a dossier number already taken fails the unique index, and the account with it.
 */
export const createCejProfile: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context[INITIAL_CEJ_PROFILE]) return doc
  const initial = req.context[INITIAL_CEJ_PROFILE] as CejProfileData
  delete req.context[INITIAL_CEJ_PROFILE]
  await req.payload.db.create({ collection: CEJ_SLUGS.cejProfiles, data: { ...initial, account: doc.id }, req, returning: false })
  return doc
}
