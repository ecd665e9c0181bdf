import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { asPrincipal, isAccountUser } from '../../../../src/kernel/access'
import { lockRow } from '../../../../src/kernel/db/lockRow'
import { invalidField, notFound } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'

const { conversations: CONVERSATIONS, messages: MESSAGES } = MESSAGING_SLUGS

/** The caller's conversation (read with their access: someone else's is a 404) and their side in it. */
const ownConversation = async (req: PayloadRequest, id: unknown) => {
  const numeric = Number(id)
  const found = Number.isInteger(numeric) && numeric > 0
    ? (await req.payload.find({ collection: CONVERSATIONS, where: { id: { equals: numeric } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req })).docs[0]
    : undefined
  if (!found) throw notFound('Conversation introuvable.')
  return { conversation: found, isAccountSide: isAccountUser(asPrincipal(req.user)) }
}

const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>) => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/**
 * « Lu »: the caller reads the messages the OTHER side wrote to them. Only the recipient's side
 * moves: a counsellor opening a conversation never marks their own messages read for the young person.
 */
export const markConversationRead = async ({ req, id }: { req: PayloadRequest; id: unknown }) => {
  const { conversation, isAccountSide } = await ownConversation(req, id)
  const direction = isAccountSide ? 'to-account' : 'to-counsellor'
  return inTransaction(req, async () => {
    await lockRow({ req, collection: CONVERSATIONS, id: conversation.id as number })
    const { docs } = await req.payload.update({
      collection: MESSAGES,
      where: { and: [{ conversation: { equals: conversation.id } }, { direction: { equals: direction } }, { readAt: { exists: false } }] },
      data: { readAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      context: { skipEditCheck: true },
      req,
    })
    const updated = await req.payload.update({
      collection: CONVERSATIONS,
      id: conversation.id,
      data: isAccountSide ? { unreadByAccount: 0 } : { unreadByCounsellor: 0 },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { doc: updated, marked: docs.length }
  })
}

/** « Épingler »: per participant; the other side's pin does not move. */
export const pinConversation = async ({ req, id, body }: { req: PayloadRequest; id: unknown; body: Record<string, unknown> }) => {
  if (typeof body.pinned !== 'boolean') throw invalidField({ req, collection: CONVERSATIONS, path: 'pinned', message: 'Valeur attendue : true (épingler) ou false (désépingler).' })
  const { conversation, isAccountSide } = await ownConversation(req, id)
  const doc = await req.payload.update({
    collection: CONVERSATIONS,
    id: conversation.id,
    data: isAccountSide ? { pinnedByAccount: body.pinned } : { pinnedByCounsellor: body.pinned },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { doc }
}

const displayName = (doc?: { firstName?: string | null; lastName?: string | null } | null) =>
  doc ? [doc.firstName, doc.lastName?.toUpperCase()].filter(Boolean).join(' ') || 'Donnée anonymisée' : 'Donnée anonymisée'

/**
 * The caller's conversations for the « Messagerie » list: pinned first, then by last message;
 * the other participant's name and the last message are read now (never stored on the conversation).
 */
export const listMyConversations = async ({ req }: { req: PayloadRequest }) => {
  const { docs } = await req.payload.find({ collection: CONVERSATIONS, sort: '-lastMessageAt', limit: 200, depth: 0, overrideAccess: false, user: req.user, req })
  const isAccountSide = isAccountUser(asPrincipal(req.user))
  const otherIds = docs.map((c) => relationId(isAccountSide ? c.counsellor : c.account)).filter((v): v is number => v !== null)
  const others = otherIds.length
    ? (await req.payload.find({ collection: isAccountSide ? SLUGS.users : SLUGS.accounts, where: { id: { in: otherIds } }, limit: otherIds.length, depth: 0, select: { firstName: true, lastName: true }, overrideAccess: true, req })).docs
    : []
  const rows = []
  for (const conversation of docs) {
    const last = (await req.payload.find({ collection: MESSAGES, where: { conversation: { equals: conversation.id } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    const otherId = relationId(isAccountSide ? conversation.counsellor : conversation.account)
    rows.push({
      id: conversation.id,
      with: { id: otherId, name: displayName(others.find((o) => o.id === otherId)) },
      pinned: Boolean(isAccountSide ? conversation.pinnedByAccount : conversation.pinnedByCounsellor),
      unread: (isAccountSide ? conversation.unreadByAccount : conversation.unreadByCounsellor) ?? 0,
      unreadByOtherSide: (isAccountSide ? conversation.unreadByCounsellor : conversation.unreadByAccount) ?? 0,
      lastMessageAt: conversation.lastMessageAt,
      lastMessage: last
        ? { text: last.text, isMine: (isAccountSide ? last.direction === 'to-counsellor' : last.direction === 'to-account'), readState: last.readAt ? 'Lu' : 'Non lu' }
        : null,
    })
  }
  rows.sort((a, b) => Number(b.pinned) - Number(a.pinned) || String(b.lastMessageAt ?? '').localeCompare(String(a.lastMessageAt ?? '')))
  return { docs: rows }
}

/** « Voir les messages envoyés à mes listes de diffusion »: one row per sending, with how many read it. */
export const diffusionHistory = async ({ req }: { req: PayloadRequest }) => {
  const user = asPrincipal(req.user)
  const { docs } = await req.payload.find({
    collection: MESSAGES,
    where: { and: [{ authorUser: { equals: user?.id } }, { diffusionList: { exists: true } }] },
    sort: '-createdAt',
    limit: 1000,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const byBatch = new Map<string, { batch: string; diffusionList: number | null; text: string | null; createdAt: string; recipients: number; read: number }>()
  for (const message of docs) {
    const key = String(message.batch ?? message.id)
    const row = byBatch.get(key) ?? { batch: key, diffusionList: relationId(message.diffusionList), text: (message.text as string) ?? null, createdAt: message.createdAt as string, recipients: 0, read: 0 }
    row.recipients += 1
    if (message.readAt) row.read += 1
    byBatch.set(key, row)
  }
  const listIds = [...new Set([...byBatch.values()].map((r) => r.diffusionList).filter((v): v is number => v !== null))]
  const lists = listIds.length
    ? (await req.payload.find({ collection: MESSAGING_SLUGS.diffusionLists, where: { id: { in: listIds } }, limit: listIds.length, depth: 0, overrideAccess: true, req })).docs
    : []
  return {
    docs: [...byBatch.values()].map((row) => ({ ...row, diffusionList: row.diffusionList ? { id: row.diffusionList, name: lists.find((l) => l.id === row.diffusionList)?.name ?? null } : null })),
  }
}
