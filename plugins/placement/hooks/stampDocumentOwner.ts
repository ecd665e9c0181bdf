import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isAccountUser } from '../../../src/kernel/access'
import { invalidField } from '../../../src/kernel/lib/errors'
import { structureOfProgramme } from '../../../src/kernel/programmes/structureOfProgramme'
import { PLACEMENT_PROGRAMME_KINDS } from '../programmeKinds'

/**
 * A document belongs to one candidate and follows the establishment running their Atouts programme
 * (else their structure of first contact). A candidate uploads
 * their own; staff name the candidate, whom they must be able to read.
 */
export const stampDocumentOwner: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const user = asPrincipal(req.user)
  if (isAccountUser(user)) data.account = user.id
  const accountId = typeof data.account === 'object' && data.account ? data.account.id : data.account
  const account = accountId
    ? await req.payload.findByID({
        collection: 'accounts',
        id: accountId,
        depth: 0,
        req,
        overrideAccess: !user,
        user: req.user,
        disableErrors: true,
      })
    : null
  if (!account) {
    throw invalidField({ req, collection: collection.slug, path: 'account', message: 'Choisissez le candidat à qui appartient ce document.' })
  }
  data.account = account.id
  data.structure = await structureOfProgramme({ req, account, kinds: PLACEMENT_PROGRAMME_KINDS })
  return data
}
