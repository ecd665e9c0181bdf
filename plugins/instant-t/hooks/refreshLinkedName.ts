import type { CollectionAfterChangeHook } from 'payload'

import { accountDisplayName } from '../operations/accountName'
import { INSTANT_T_SLUGS } from '../slugs'

/**
 * The name copied onto linked results follows the account: when a young person's name
 * changes, their results show (and are searched by) the new one.
 */
export const refreshLinkedName: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const name = accountDisplayName(doc)
  if (name === accountDisplayName(previousDoc ?? {})) return doc
  await req.payload.update({
    collection: INSTANT_T_SLUGS.results,
    where: { account: { equals: doc.id } },
    data: { accountName: name },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
