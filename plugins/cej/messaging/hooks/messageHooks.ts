import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { MESSAGING_SLUGS } from '../../slugs'

/** An author's correction keeps the message non-empty. */
export const validateEdit: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || context.skipEditCheck) return data
  const text = typeof data.text === 'string' ? data.text.trim() : data.text === undefined ? originalDoc?.text : null
  const hasLinks = ((data.links ?? originalDoc?.links ?? []) as unknown[]).length > 0
  const hasFiles = ((originalDoc?.attachments ?? []) as unknown[]).length > 0
  if (!text && !hasLinks && !hasFiles) throw invalidField({ req, collection: MESSAGING_SLUGS.messages, path: 'text', message: 'Le message ne peut pas devenir vide : supprimez-le plutôt.' })
  if (typeof data.text === 'string') data.text = data.text.trim()
  return data
}

/** A withdrawn message leaves the counters and the last-message time true. */
export const recountAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (context.skipRecount) return doc
  const conversation = relationId(doc.conversation)
  if (!conversation) return doc
  const count = (direction: string) =>
    req.payload.count({ collection: MESSAGING_SLUGS.messages, where: { and: [{ conversation: { equals: conversation } }, { direction: { equals: direction } }, { readAt: { exists: false } }] }, overrideAccess: true, req })
  const last = (await req.payload.find({ collection: MESSAGING_SLUGS.messages, where: { conversation: { equals: conversation } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  // By `where`, not by id: the conversation may be gone (deleted with its messages), and an update by id would throw.
  await req.payload.update({
    collection: MESSAGING_SLUGS.conversations,
    where: { id: { equals: conversation } },
    data: { unreadByAccount: (await count('to-account')).totalDocs, unreadByCounsellor: (await count('to-counsellor')).totalDocs, lastMessageAt: last?.createdAt ?? null },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
