import type { PayloadRequest } from 'payload'

import { renderEmail } from '../email/render'
import type { NotificationKind } from './kinds'

type StaffRecipient = {
  id: number
  email?: string | null
  alerts?: { email?: string[] | null; inApp?: string[] | null } | null
}

/**
 * Tells staff users about a change, by e-mail and/or in the app as each chose for this kind.
 * Safe to run twice: an in-app notification is unique per `dedupeKey` and recipient, and the
 * e-mail is sent only when that notification is new.
 */
export const notifyStaff = async ({
  req,
  recipients,
  kind,
  title,
  lines,
  link,
  dedupeKey,
}: {
  req: PayloadRequest
  recipients: StaffRecipient[]
  kind: NotificationKind
  title: string
  lines: string[]
  link?: { label: string; url: string }
  dedupeKey: string
}) => {
  for (const recipient of recipients) {
    const key = `${dedupeKey}:user:${recipient.id}`
    const { totalDocs } = await req.payload.count({ collection: 'notifications', where: { dedupeKey: { equals: key } }, overrideAccess: true, req })
    if (totalDocs > 0) continue
    const wantsInApp = recipient.alerts?.inApp?.includes(kind) ?? true
    const wantsEmail = recipient.alerts?.email?.includes(kind) ?? true
    if (wantsEmail && recipient.email) {
      await req.payload.sendEmail({ to: recipient.email, ...renderEmail({ title, lines, action: link }) })
    }
    // The row is written even when the person chose no in-app alert: it marks the e-mail sent.
    await req.payload.create({
      collection: 'notifications',
      data: {
        title,
        body: lines.join('\n'),
        kind,
        link: link?.url,
        recipientUser: recipient.id,
        dedupeKey: key,
        readAt: wantsInApp ? null : new Date().toISOString(),
      },
      overrideAccess: true,
      req,
    })
  }
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
  return docs as unknown as StaffRecipient[]
}
