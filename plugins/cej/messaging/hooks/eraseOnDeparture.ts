import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationId } from '../../../../src/kernel/lib/relationId'
import { transitionInContext } from '../../../lifecycle/types'
import { MESSAGING_SLUGS } from '../../slugs'
import { CLOSED_ACCOUNT_STATUSES, CLOSED_USER_STATUSES } from '../constants'

const { conversations: CONVERSATIONS, messages: MESSAGES, messageAttachments: ATTACHMENTS, diffusionLists: LISTS } = MESSAGING_SLUGS

/**
 * Erases a departed participant's conversations, messages and the attachments only they could
 * read, in the request's transaction. The read access already hides them from the moment the
 * status changes (`participantsPresent`); this removes the data itself.
 */
export const eraseConversationsOf = async ({ req, side, id }: { req: PayloadRequest; side: 'account' | 'counsellor'; id: number }) => {
  const { docs } = await req.payload.find({ collection: CONVERSATIONS, where: { [side]: { equals: id } }, limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  const ids = docs.map((c) => c.id)
  if (ids.length) {
    await req.payload.delete({ collection: MESSAGES, where: { conversation: { in: ids } }, depth: 0, overrideAccess: true, context: { skipRecount: true }, req })
    await req.payload.delete({ collection: CONVERSATIONS, where: { id: { in: ids } }, depth: 0, overrideAccess: true, req })
  }
  if (side === 'counsellor') {
    await req.payload.delete({ collection: ATTACHMENTS, where: { uploadedBy: { equals: id } }, depth: 0, overrideAccess: true, req })
    await req.payload.delete({ collection: LISTS, where: { owner: { equals: id } }, depth: 0, overrideAccess: true, req })
    return
  }
  const shared = await req.payload.find({ collection: ATTACHMENTS, where: { accounts: { in: [id] } }, limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  for (const attachment of shared.docs) {
    const rest = ((attachment.accounts ?? []) as unknown[]).map(relationId).filter((v): v is number => v !== null && v !== id)
    await req.payload.update({ collection: ATTACHMENTS, id: attachment.id, data: { accounts: rest }, depth: 0, overrideAccess: true, req })
  }
  const lists = await req.payload.find({ collection: LISTS, where: { members: { in: [id] } }, limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  for (const list of lists.docs) {
    const rest = ((list.members ?? []) as unknown[]).map(relationId).filter((v): v is number => v !== null && v !== id)
    await req.payload.update({ collection: LISTS, id: list.id, data: { members: rest }, depth: 0, overrideAccess: true, req })
  }
}

/** The status move of this change: the lifecycle's (its claim has already written the status), else the stored one. */
const moveOf = ({ context, doc, previousDoc }: { context: Record<string, unknown>; doc: { status?: string }; previousDoc?: { status?: string } }) => {
  const moved = transitionInContext(context)
  return { to: String(moved?.to ?? doc.status), from: String(moved?.from ?? previousDoc?.status) }
}

/** On `accounts`: a young person deleted or archived for good. */
export const eraseAccountConversations: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const { to, from } = moveOf({ context, doc, previousDoc })
  if (CLOSED_ACCOUNT_STATUSES.includes(to) && !CLOSED_ACCOUNT_STATUSES.includes(from)) await eraseConversationsOf({ req, side: 'account', id: doc.id })
  return doc
}

/** On `users`: a staff member unsubscribed (final). */
export const eraseUserConversations: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const { to, from } = moveOf({ context, doc, previousDoc })
  if (CLOSED_USER_STATUSES.includes(to) && !CLOSED_USER_STATUSES.includes(from)) await eraseConversationsOf({ req, side: 'counsellor', id: doc.id })
  return doc
}
