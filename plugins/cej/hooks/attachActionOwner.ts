import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isAccountUser, isStaffUser } from '../../../src/kernel/access'
import { invalidField } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { structureOfProgramme } from '../../../src/kernel/programmes/structureOfProgramme'

/** The programmes a Mission Locale's CEJ actions belong to (issue 18). */
export const CEJ_PROGRAMME_KINDS = ['cej', 'pacea', 'garantie-jeunes'] as const

/**
 * On creation: a young person's action is their own; staff name the young person. The action
 * takes the structure of the young person's CEJ programme, else their structure of first contact
 * (what staff access is scoped by), and records its author.
 */
export const attachActionOwner: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const user = asPrincipal(req.user)
  if (isAccountUser(user)) data.account = user!.id
  const accountId = relationId(data.account)
  const account = accountId ? await req.payload.findByID({ collection: 'accounts', id: accountId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  if (!account) throw invalidField({ req, collection: collection.slug, path: 'account', message: 'Le bénéficiaire est obligatoire.' })
  data.account = account.id
  data.structure = await structureOfProgramme({ req, account, kinds: CEJ_PROGRAMME_KINDS })
  data.createdByUser = isStaffUser(user) ? user!.id : null
  data.createdByAccount = isAccountUser(user) ? user!.id : null
  return data
}
