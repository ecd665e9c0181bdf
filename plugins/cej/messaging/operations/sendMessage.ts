import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, type Validate } from 'payload'

import { asPrincipal, isAccountUser, isStaffUser, userOpensSection } from '../../../../src/kernel/access'
import { drizzleFor } from '../../../../src/kernel/db/requestDb'
import { lockRow } from '../../../../src/kernel/db/lockRow'
import { badRequest, forbidden, invalidField, notFound } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { presentAccountStatuses } from '../access'
import { type Direction } from '../constants'
import { scheduleDigest } from './digest'

const { conversations: CONVERSATIONS, messages: MESSAGES, diffusionLists: LISTS, messageAttachments: ATTACHMENTS } = MESSAGING_SLUGS

export const RGPD_ATTACHMENT_MESSAGE = 'Pour des raisons de RGPD, un bénéficiaire ne peut pas envoyer de pièce jointe à son conseiller.'

const isLink = (value: unknown) => {
  if (typeof value !== 'string' || value.length > 2000) return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** Field validation of `links`: web addresses only (no `javascript:` and the like). */
export const validateLinks: Validate = (value) => {
  const rows = (Array.isArray(value) ? value : []) as { url?: unknown }[]
  return rows.every((row) => isLink(row?.url)) || 'Chaque lien doit être une adresse web complète (https://…).'
}

const idList = (req: PayloadRequest, path: string, value: unknown): number[] => {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((id) => !Number.isInteger(id) || (id as number) <= 0)) {
    throw invalidField({ req, collection: MESSAGES, path, message: 'Liste d’identifiants attendue, par exemple [3, 4].' })
  }
  return [...new Set(value as number[])]
}

type Conversation = { id: number; counsellor: number; account: number }

/** The pair's conversation, created on the first message (a transaction lock keeps the pair unique). */
export const conversationFor = async ({ req, counsellor, account }: { req: PayloadRequest; counsellor: number; account: number }): Promise<Conversation> => {
  const db = await drizzleFor<{ execute: (query: unknown) => Promise<unknown> }>(req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`tremplin:conversation:${counsellor}:${account}`}))`)
  const { docs } = await req.payload.find({ collection: CONVERSATIONS, where: { and: [{ counsellor: { equals: counsellor } }, { account: { equals: account } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  const found = docs[0] ?? (await req.payload.create({ collection: CONVERSATIONS, data: { counsellor, account }, depth: 0, overrideAccess: true, req }))
  return { id: found.id as number, counsellor, account }
}

type Target = { counsellor: number; account: number; conversation?: number }

/** Who the sender writes to, checked: a young person writes in their own conversations; staff to the young people they follow. */
const resolveTargets = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  const user = asPrincipal(req.user)
  const conversationId = body.conversation === undefined ? null : Number(body.conversation)
  if (body.conversation !== undefined && (!Number.isInteger(conversationId) || (conversationId as number) <= 0)) {
    throw invalidField({ req, collection: MESSAGES, path: 'conversation', message: 'Identifiant de conversation attendu.' })
  }
  if (conversationId) {
    // Read with the caller's access: another person's conversation is simply not found.
    const found = await req.payload.find({ collection: CONVERSATIONS, where: { id: { equals: conversationId } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req })
    const conversation = found.docs[0]
    if (!conversation) throw notFound('Conversation introuvable.')
    return { targets: [{ counsellor: relationId(conversation.counsellor)!, account: relationId(conversation.account)!, conversation: conversation.id as number }], diffusionList: null }
  }
  if (isAccountUser(user)) {
    const me = await req.payload.findByID({ collection: SLUGS.accounts, id: user.id, depth: 0, overrideAccess: true, req })
    const referents = ((me.referents ?? []) as unknown[]).map(relationId).filter((id): id is number => id !== null)
    const { docs } = referents.length
      ? await req.payload.find({ collection: SLUGS.users, where: { and: [{ id: { in: referents } }, { status: { equals: 'active' } }] }, depth: 0, limit: 20, overrideAccess: true, req })
      : { docs: [] }
    const counsellor = docs.find((staff) => userOpensSection(asPrincipal({ ...staff, collection: 'users' }), 'cej'))
    if (!counsellor) throw badRequest("Vous n'avez pas encore de conseiller à qui écrire.")
    return { targets: [{ counsellor: counsellor.id as number, account: user.id as number }], diffusionList: null }
  }
  const accounts = idList(req, 'accounts', body.accounts)
  let diffusionList: { id: number; name: string } | null = null
  if (body.diffusionList !== undefined) {
    const listId = Number(body.diffusionList)
    const list = Number.isInteger(listId) && listId > 0
      ? (await req.payload.find({ collection: LISTS, where: { id: { equals: listId } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req })).docs[0]
      : undefined
    if (!list) throw notFound('Liste de diffusion introuvable.')
    diffusionList = { id: list.id as number, name: list.name as string }
    for (const member of (list.members ?? []) as unknown[]) {
      const id = relationId(member)
      if (id && !accounts.includes(id)) accounts.push(id)
    }
  }
  if (!accounts.length) throw invalidField({ req, collection: MESSAGES, path: 'accounts', message: 'Choisissez au moins un destinataire (conversation, bénéficiaires ou liste de diffusion).' })
  if (accounts.length > 500) throw invalidField({ req, collection: MESSAGES, path: 'accounts', message: 'Au plus 500 destinataires par envoi.' })
  const { docs } = await req.payload.find({
    collection: SLUGS.accounts,
    where: { and: [{ id: { in: accounts } }, { referents: { in: [user!.id] } }, { status: { in: presentAccountStatuses(req) } }] },
    limit: accounts.length,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  if (docs.length !== accounts.length) throw forbidden('Vous ne pouvez écrire qu’aux bénéficiaires de votre portefeuille.')
  return { targets: accounts.map((account) => ({ counsellor: user!.id as number, account })), diffusionList }
}

/**
 * « Envoyer un message »: to one conversation, to several young people at once, or to a
 * diffusion list; one message is written in each recipient's conversation (created as needed),
 * the other side's unread count moves, a batched e-mail is planned. All in one transaction.
 */
export const sendMessage = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  const user = asPrincipal(req.user)
  if (!user) throw forbidden('Connectez-vous pour écrire un message.')
  const isAccount = user.collection === 'accounts'
  if (!isAccount && !(isStaffUser(user) && userOpensSection(user, 'cej'))) throw forbidden('La messagerie est réservée aux conseillers CEJ et à leurs bénéficiaires.')
  const attachments = idList(req, 'attachments', body.attachments)
  if (isAccount && attachments.length) throw invalidField({ req, collection: MESSAGES, path: 'attachments', message: RGPD_ATTACHMENT_MESSAGE })
  if (body.text !== undefined && typeof body.text !== 'string') throw invalidField({ req, collection: MESSAGES, path: 'text', message: 'Texte attendu.' })
  const text = typeof body.text === 'string' ? body.text.trim() : ''
  if (text.length > 5000) throw invalidField({ req, collection: MESSAGES, path: 'text', message: 'Un message fait au plus 5 000 caractères.' })
  const links = body.links === undefined ? [] : body.links
  if (!Array.isArray(links) || links.length > 10 || !links.every(isLink)) {
    throw invalidField({ req, collection: MESSAGES, path: 'links', message: 'Liste d’au plus 10 adresses web complètes (https://…) attendue.' })
  }
  if (!text && !links.length && !attachments.length) throw invalidField({ req, collection: MESSAGES, path: 'text', message: 'Le message est vide : écrivez un texte, un lien ou joignez un fichier.' })
  if (attachments.length) {
    const { totalDocs } = await req.payload.count({ collection: ATTACHMENTS, where: { and: [{ id: { in: attachments } }, { uploadedBy: { equals: user.id } }] }, overrideAccess: true, req })
    if (totalDocs !== attachments.length) throw invalidField({ req, collection: MESSAGES, path: 'attachments', message: 'Pièce jointe introuvable : déposez-la d’abord (vos propres fichiers seulement).' })
  }
  const { targets, diffusionList } = await resolveTargets({ req, body })
  const direction: Direction = isAccount ? 'to-counsellor' : 'to-account'
  const batch = targets.length > 1 || diffusionList ? randomUUID() : null
  const now = new Date().toISOString()
  const shouldCommit = await initTransaction(req)
  try {
    const docs = []
    for (const target of targets as Target[]) {
      const conversation = target.conversation ? { id: target.conversation, ...target } : await conversationFor({ req, counsellor: target.counsellor, account: target.account })
      await lockRow({ req, collection: CONVERSATIONS, id: conversation.id })
      const current = await req.payload.findByID({ collection: CONVERSATIONS, id: conversation.id, depth: 0, overrideAccess: true, req })
      await scheduleDigest({ req, direction, recipient: direction === 'to-account' ? target.account : target.counsellor })
      const message = await req.payload.create({
        collection: MESSAGES,
        data: {
          conversation: conversation.id,
          text: text || null,
          links: links.map((url) => ({ url: url as string })),
          attachments,
          direction,
          authorUser: isAccount ? null : (user.id as number),
          authorAccount: isAccount ? (user.id as number) : null,
          counsellor: target.counsellor,
          account: target.account,
          diffusionList: diffusionList?.id ?? null,
          batch,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.update({
        collection: CONVERSATIONS,
        id: conversation.id,
        data: isAccount
          ? { lastMessageAt: now, unreadByCounsellor: (current.unreadByCounsellor ?? 0) + 1 }
          : { lastMessageAt: now, unreadByAccount: (current.unreadByAccount ?? 0) + 1 },
        depth: 0,
        overrideAccess: true,
        req,
      })
      docs.push(message)
    }
    for (const id of attachments) {
      const attachment = await req.payload.findByID({ collection: ATTACHMENTS, id, depth: 0, overrideAccess: true, req })
      const readers = new Set([...((attachment.accounts ?? []) as unknown[]).map(relationId), ...targets.map((t) => t.account)].filter((v): v is number => v !== null))
      await req.payload.update({ collection: ATTACHMENTS, id, data: { accounts: [...readers] }, depth: 0, overrideAccess: true, req })
    }
    if (shouldCommit) await commitTransaction(req)
    return { docs, batch, diffusionList, message: docs.length > 1 ? `Message envoyé à ${docs.length} bénéficiaires.` : 'Message envoyé.' }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
