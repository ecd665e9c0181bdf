import type { PayloadRequest, TaskConfig } from 'payload'

import { withAdvisoryLock } from '../../../src/kernel/db/advisoryLock'
import { absoluteUrl } from '../../../src/kernel/email/links'
import { findDocs } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { notifyAccount } from '../../../src/kernel/notifications/notify'
import { performTransition } from '../../lifecycle'
import { CEJ_SLUGS } from '../slugs'
import { sessionWhenAndWhere } from '../operations/describeSession'

export const SESSION_CLOCK_TASK = 'cej-session-clock'

const DAY = 24 * 60 * 60 * 1000

/** Sessions whose end has passed move from « À venir » to « À clore » (event `END`, sent by no person). */
export const endPastSessions = async (req: PayloadRequest, now = new Date()) => {
  const due = await findDocs({ req, collection: CEJ_SLUGS.sessions, where: { and: [{ status: { equals: 'upcoming' } }, { endsAt: { less_than: now.toISOString() } }] }, limit: 200 })
  for (const session of due) {
    await performTransition({ req, collection: CEJ_SLUGS.sessions, id: session.id, event: { type: 'END' }, skipPermission: true }).catch((error: unknown) => {
      // A concurrent clock already moved it (409): nothing to do.
      if ((error as { status?: number }).status !== 409) throw error
    })
  }
  return due.length
}

/**
 * « Le bénéficiaire reçoit une notification 7 jours avant le rendez-vous et la veille »: each
 * reminder once per person (dedupe key), and only if they were registered before that moment.
 */
export const remindRegisteredPeople = async (req: PayloadRequest, now = new Date()) => {
  const soon = await findDocs({
    req,
    collection: CEJ_SLUGS.sessions,
    where: { and: [{ status: { equals: 'upcoming' } }, { startsAt: { greater_than: now.toISOString() } }, { startsAt: { less_than_equal: new Date(now.getTime() + 7 * DAY).toISOString() } }] },
    limit: 500,
  })
  for (const session of soon) {
    const startsAt = new Date(session.startsAt).getTime()
    const reminder = startsAt - now.getTime() <= DAY ? { days: 1, text: 'demain' } : { days: 7, text: 'dans une semaine' }
    const due = ((session.registrations ?? []) as { account: unknown; status: string; changedAt?: string | null }[]).filter(
      (line) => line.status === 'registered' && !(line.changedAt && new Date(line.changedAt).getTime() > startsAt - reminder.days * DAY),
    )
    if (!due.length) continue
    // The session's people in one query, not one per line.
    const accounts = await findDocs({ req, collection: 'accounts', where: { id: { in: due.map((line) => relationId(line.account)) } }, limit: due.length })
    for (const account of accounts) {
      await notifyAccount({
        req,
        account,
        kind: 'session-registration',
        title: `Rappel : votre session a lieu ${reminder.text}`,
        lines: [`« ${session.title} » ${sessionWhenAndWhere(session)}.`],
        link: { label: 'Voir mes événements', url: absoluteUrl('/espace-jeune') },
        dedupeKey: `session:${session.id}:reminder-${reminder.days}`,
      })
    }
  }
}

/**
 * The agenda's clock, scheduled on the effects queue (`CEJ_CLOCK_CRON`, every minute by default).
 * One tick at a time across every instance on the database: Payload's scheduler can queue a tick
 * twice (two schedulers counting no pending tick at once), so a tick that finds another one
 * running skips; the next one catches up. A tick run twice in a row is harmless (the `END`
 * transition answers 409, reminders carry a dedupe key).
 */
export const sessionClockTask = ({ cron, queue }: { cron: string; queue: string }): TaskConfig => ({
  slug: SESSION_CLOCK_TASK as TaskConfig['slug'],
  label: "Horloge de l'agenda CEJ",
  schedule: [{ cron, queue }],
  retries: 2,
  handler: async ({ req }) => {
    const tick = await withAdvisoryLock({
      payload: req.payload,
      name: SESSION_CLOCK_TASK,
      task: async () => {
        await endPastSessions(req)
        await remindRegisteredPeople(req)
      },
    })
    if (!tick.ran) req.payload.logger.info({ msg: "Horloge de l'agenda CEJ : un autre processus exécute ce tour, celui-ci est sauté" })
    return { output: {} }
  },
})
