import type { CollectionBeforeChangeHook } from 'payload'

import { forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { loadDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { structureOfProgramme } from '../../../src/kernel/programmes/structureOfProgramme'
import { PLACEMENT_PROGRAMME_KINDS } from '../programmeKinds'

/**
 * A private note is about one candidate the author follows (readable by them), optionally one of
 * their candidatures; it takes the establishment running the candidate's Atouts programme (else
 * their structure of first contact), which scopes who reads it.
 */
export const attachPrivateNote: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const accountId = relationId(data.account)
  const account = accountId
    ? await req.payload.findByID({ collection: 'accounts', id: accountId, depth: 0, req, overrideAccess: !req.user, user: req.user, disableErrors: true })
    : null
  if (!account) throw invalidField({ req, collection: collection.slug, path: 'account', message: 'Choisissez le candidat concerné par la note.' })
  const candidatureId = relationId(data.candidature)
  if (candidatureId) {
    const candidature = await loadDoc({ req, collection: 'candidatures', id: candidatureId })
    if (relationId(candidature?.candidate) !== account.id) {
      throw invalidField({ req, collection: collection.slug, path: 'candidature', message: "Cette candidature n'est pas celle du candidat choisi." })
    }
  }
  data.account = account.id
  data.structure = await structureOfProgramme({ req, account, kinds: PLACEMENT_PROGRAMME_KINDS })
  if (req.user) data.author = req.user.id
  if (!data.structure) throw forbidden()
  return data
}
