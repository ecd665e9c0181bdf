import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isAccountUser, isStaffUser } from '../../../src/kernel/access'
import { invalidField } from '../../../src/kernel/lib/errors'
import { loadDoc } from '../../../src/kernel/lib/loadDoc'
import { candidateDisplayName, relationId } from '../../../src/kernel/lib/relationId'
import { displayName } from '../../../src/kernel/lib/displayName'

/**
 * A follow-up message belongs to one candidature or one parrainage, which its author must be
 * able to read; it takes the thread's candidate and establishment (read access scopes on them)
 * and its author from the request.
 */
export const attachToThread: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const fail = (path: string, message: string): never => {
    throw invalidField({ req, collection: collection.slug, path, message })
  }
  const candidatureId = relationId(data.candidature)
  const parrainageId = relationId(data.parrainage)
  if (Boolean(candidatureId) === Boolean(parrainageId)) fail('candidature', 'Rattachez le message à une candidature ou à une demande de parrainage.')
  const thread = await loadDoc({ req, collection: candidatureId ? 'candidatures' : 'parrainages', id: (candidatureId ?? parrainageId)!, asCaller: true })
  if (!thread) return fail(candidatureId ? 'candidature' : 'parrainage', 'Cette candidature ou demande de parrainage est introuvable.')
  data.account = relationId(thread!.candidate)
  data.structure = relationId(thread!.structure)
  const user = asPrincipal(req.user)
  if (isAccountUser(user)) {
    data.authorAccount = user.id
    data.authorName = candidateDisplayName(req.user!)
  } else if (req.user && isStaffUser(asPrincipal(req.user))) {
    data.authorUser = req.user.id
    data.authorName = displayName(req.user)
  }
  return data
}
