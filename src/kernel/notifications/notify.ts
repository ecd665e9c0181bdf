import type { PayloadRequest } from 'payload'

import { renderEmail } from '../email/render'
import { relationIds } from '../lib/relationId'
import { accountWants, type AccountAlerts } from './accountKinds'
import type { NotificationKind } from './kinds'

type StaffRecipient = {
  id: number
  email?: string | null
  alerts?: { email?: string[] | null; inApp?: string[] | null } | null
}

/** A file joined to the e-mail (never to the in-app notification), e.g. an appointment's `.ics`. */
export type EmailAttachment = { filename: string; content: string; contentType: string }

type Message = {
  req: PayloadRequest
  kind: NotificationKind
  title: string
  lines: string[]
  link?: { label: string; url: string }
  dedupeKey: string
  attachments?: EmailAttachment[]
}

type AccountRecipient = {
  id: number | string
  email?: string | null
  /** The young person's preferences; read from their account when not given. */
  alerts?: AccountAlerts
}

type Delivery = Omit<Message, 'dedupeKey'> & {
  key: string
  email: string | null | undefined
  recipient: { recipientUser: number } | { recipientAccount: number }
  inApp: boolean
}

/**
 * One notification to one person, at most once per `key`: the e-mail goes only with a new row,
 * and the row is written even when the person chose no in-app alert (it then marks the e-mail sent).
 * The row is written first, so whoever reads the e-mail finds it in their space already (a job's
 * delivery runs outside any transaction: the row is committed when `create` returns); if the
 * e-mail then fails, the row goes again and the job's retry delivers both, never one alone.
 */
const deliverOnce = async ({ req, kind, title, lines, link, key, email, recipient, inApp, attachments }: Delivery) => {
  const { totalDocs } = await req.payload.count({ collection: 'notifications', where: { dedupeKey: { equals: key } }, overrideAccess: true, req })
  if (totalDocs > 0) return
  const row = await req.payload.create({
    collection: 'notifications',
    data: { title, body: lines.join('\n'), kind, link: link?.url, dedupeKey: key, readAt: inApp ? null : new Date().toISOString(), ...recipient },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (!email) return
  try {
    await req.payload.sendEmail({ to: email, ...renderEmail({ title, lines, action: link }), ...(attachments?.length ? { attachments } : {}) })
  } catch (error) {
    await req.payload.delete({ collection: 'notifications', id: row.id, overrideAccess: true, req })
    throw error
  }
}

/**
 * Tells staff users about a change, by e-mail and/or in the app as each chose for this kind.
 * Safe to run twice: a notification is unique per `dedupeKey` and recipient.
 */
export const notifyStaff = async ({ recipients, dedupeKey, ...message }: Message & { recipients: StaffRecipient[] }) => {
  for (const recipient of recipients) {
    const wantsEmail = recipient.alerts?.email?.includes(message.kind) ?? true
    await deliverOnce({
      ...message,
      key: `${dedupeKey}:user:${recipient.id}`,
      email: wantsEmail ? recipient.email : null,
      recipient: { recipientUser: recipient.id },
      inApp: recipient.alerts?.inApp?.includes(message.kind) ?? true,
    })
  }
}

/**
 * Tells a young person (an `accounts` document) about a change of their own, by e-mail and/or in
 * their space as they chose for this kind (both by default). Safe to run twice, as `notifyStaff`.
 */
export const notifyAccount = async ({ account, dedupeKey, ...message }: Message & { account: AccountRecipient }) => {
  const alerts =
    account.alerts !== undefined
      ? account.alerts
      : (await message.req.payload.findByID({ collection: 'accounts', id: account.id, depth: 0, overrideAccess: true, disableErrors: true, req: message.req, select: { alerts: true } }))?.alerts
  await deliverOnce({
    ...message,
    key: `${dedupeKey}:account:${account.id}`,
    email: accountWants(alerts, 'email', message.kind) ? account.email : null,
    recipient: { recipientAccount: Number(account.id) },
    inApp: accountWants(alerts, 'inApp', message.kind),
  })
}

/** Active staff attached to one of `structures` holding one of `roles`. */
export const findStaff = async ({ req, structures, roles }: { req: PayloadRequest; structures: number[]; roles: readonly string[] }) => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [{ structures: { in: structures } }, { roles: { in: [...roles] } }, { status: { equals: 'active' } }],
    },
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
  })
  return docs
}

/**
 * Who hears about a young person's request: their active referents, or, when nobody follows them
 * yet, the active staff of `structures` holding one of `fallbackRoles`.
 */
export const findAccountReferents = async ({
  req,
  account,
  structures,
  fallbackRoles,
}: {
  req: PayloadRequest
  /** The young person's record (its `referents`, populated or not). */
  account: object
  structures: number[]
  fallbackRoles: readonly string[]
}) => {
  const referents = relationIds((account as { referents?: unknown }).referents)
  if (!referents.length) return findStaff({ req, structures, roles: fallbackRoles })
  const { docs } = await req.payload.find({ collection: 'users', where: { and: [{ id: { in: referents } }, { status: { equals: 'active' } }] }, depth: 0, limit: 200, overrideAccess: true, req })
  return docs
}
