import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { absoluteUrl } from '../../../../src/kernel/email/links'
import { notifyAccount, notifyStaff } from '../../../../src/kernel/notifications/notify'
import { SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { DIGEST_TASK, digestDelaySeconds, type Direction } from '../constants'

const MESSAGES = MESSAGING_SLUGS.messages

const toRecipient = (direction: Direction, recipient: number): Where => ({
  and: [{ direction: { equals: direction } }, { [direction === 'to-account' ? 'account' : 'counsellor']: { equals: recipient } }, { notifiedAt: { exists: false } }],
})

/**
 * Batching of new-message alerts. The first message to a person that no digest covers yet
 * queues one `cej-message-digest` job, `CEJ_MESSAGE_DIGEST_SECONDS` later (5 minutes by
 * default), in the sender's transaction (an outbox: nothing is planned if the message is not
 * saved). A message is covered while an earlier one to the same person, younger than the window,
 * still waits for its digest (`notifiedAt` empty): ten messages in a row plan one job. The job
 * sends one alert (in-app and, as the person chose, e-mail) for every message still unnotified
 * and unread, and marks them notified; a message arriving after the window plans the next one.
 */
export const scheduleDigest = async ({ req, direction, recipient }: { req: PayloadRequest; direction: Direction; recipient: number }) => {
  const windowStart = new Date(Date.now() - digestDelaySeconds() * 1000).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: MESSAGES,
    where: { and: [toRecipient(direction, recipient), { createdAt: { greater_than: windowStart } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  await req.payload.jobs.queue({
    task: DIGEST_TASK,
    queue: 'effects',
    input: { direction, recipient },
    waitUntil: new Date(Date.now() + digestDelaySeconds() * 1000),
    req,
  })
}

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one)

/** Sends the digest of one person's new messages; safe to run twice (the second finds nothing). */
export const sendDigest = async ({ req, direction, recipient, key }: { req: PayloadRequest; direction: Direction; recipient: number; key: string }) => {
  const { docs } = await req.payload.find({ collection: MESSAGES, where: toRecipient(direction, recipient), limit: 1000, depth: 0, select: { readAt: true }, overrideAccess: true, req })
  if (!docs.length) return { sent: 0 }
  // Alert first, then mark: a retry of this job (same key) finds the alert already sent.
  const markNotified = () =>
    req.payload.update({ collection: MESSAGES, where: { id: { in: docs.map((d) => d.id) } }, data: { notifiedAt: new Date().toISOString() }, depth: 0, overrideAccess: true, context: { skipEditCheck: true }, req })
  const unread = docs.filter((doc) => !doc.readAt).length
  if (unread) await alert({ req, direction, recipient, key, unread })
  await markNotified()
  return { sent: unread }
}

const alert = async ({ req, direction, recipient, key, unread }: { req: PayloadRequest; direction: Direction; recipient: number; key: string; unread: number }) => {
  const title = `${unread} ${plural(unread, 'nouveau message', 'nouveaux messages')}`
  if (direction === 'to-account') {
    const account = await req.payload.findByID({ collection: SLUGS.accounts, id: recipient, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!account) return
    await notifyAccount({
      req,
      account,
      kind: 'cej-message',
      title,
      lines: [`Votre conseiller vous a écrit : ${unread} ${plural(unread, 'message non lu vous attend', 'messages non lus vous attendent')} dans votre messagerie.`],
      link: { label: 'Lire mes messages', url: absoluteUrl('/espace-jeune') },
      dedupeKey: key,
    })
  } else {
    const user = await req.payload.findByID({ collection: SLUGS.users, id: recipient, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!user || user.status !== 'active') return
    await notifyStaff({
      req,
      recipients: [user],
      kind: 'cej-message',
      title,
      lines: [`${unread} ${plural(unread, 'message de bénéficiaire vous attend', 'messages de bénéficiaires vous attendent')} dans la messagerie.`],
      link: { label: 'Ouvrir la messagerie', url: absoluteUrl('/admin/messagerie') },
      dedupeKey: key,
    })
  }
}

export const messageDigestTask: TaskConfig = {
  slug: DIGEST_TASK,
  label: 'Messagerie : alerte groupée des nouveaux messages',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'direction', type: 'text', required: true },
    { name: 'recipient', type: 'number', required: true },
  ],
  handler: async ({ input, job, req }) => {
    const { direction, recipient } = input as { direction: Direction; recipient: number }
    return { output: await sendDigest({ req, direction, recipient, key: `cej-messages:${job.id}` }) }
  },
}
