import type { CollectionAfterChangeHook } from 'payload'

import { transitionInContext } from '../../lifecycle'
import { PLACEMENT_SLUGS } from '../slugs'

/**
 * « Supprimer ce compte »: the core erases the identity on `accounts` (eraseAccountIdentity); the
 * candidate file, the module's own, goes in the same transaction.
 */
export const eraseCandidateProfile: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (transitionInContext(context)?.to !== 'deleted') return doc
  await req.payload.delete({ collection: PLACEMENT_SLUGS.candidateProfiles, where: { account: { equals: doc.id } }, depth: 0, overrideAccess: true, req })
  return doc
}
