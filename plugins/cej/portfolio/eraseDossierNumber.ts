import type { CollectionAfterChangeHook } from 'payload'

import { transitionInContext } from '../../lifecycle'
import { CEJ_SLUGS } from '../slugs'

/** The lifecycle's ends where the person's identity goes (« Supprimer ce compte », archiving). */
const IDENTITY_ERASED = new Set(['deleted', 'archived'])

/**
 * « Supprimer ce compte »: the core erases the identity on `accounts`; the i-milo dossier number,
 * which names the person in i-milo, goes with it in the same transaction (and the same person
 * may be added again). The rest of the CEJ file (situation, end date, last activity) stays with
 * the anonymised account, for the statistics, as it did on `accounts`. Archiving anonymises the
 * account the same way, so it clears the number too.
 */
export const eraseDossierNumber: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const to = transitionInContext(context)?.to
  if (!to || !IDENTITY_ERASED.has(to)) return doc
  await req.payload.db.updateMany({ collection: CEJ_SLUGS.cejProfiles, where: { account: { equals: doc.id } }, data: { dossierNumber: null }, req, returning: false })
  return doc
}
