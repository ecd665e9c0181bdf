import { sql } from 'drizzle-orm'
import { createLocalReq, type Payload } from 'payload'

import { drizzleFor } from '../../../src/kernel/db/requestDb'
import { RETENTION_RUNS_SLUG } from './collections'
import type { ArchivingSettings } from './defaults'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

const DAY = 24 * 60 * 60 * 1000

/** The Instant-T module's results, when that module is deployed. */
const INSTANT_T_RESULTS = 'instant-t'

const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY).toISOString()

/**
 * What the platform must not keep (issue 13, « Retention »), erased in one short pass and recorded:
 * pre-registrations never validated after `pendingDays`; expired password links (users and
 * accounts); read in-app notifications older than `readNotificationDays`; Instant-T results no
 * account claimed, older than `anonymousInstantTDays`. Safe to run twice (a second pass finds nothing).
 */
export const runRetention = async ({
  payload,
  settings,
  trigger = 'nightly',
  now = new Date(),
}: {
  payload: Payload
  settings: Pick<ArchivingSettings, 'pendingDays' | 'readNotificationDays' | 'anonymousInstantTDays'>
  trigger?: 'nightly' | 'manual'
  now?: Date
}) => {
  const req = await createLocalReq({}, payload)
  const delays = { pendingDays: settings.pendingDays, readNotificationDays: settings.readNotificationDays, anonymousInstantTDays: settings.anonymousInstantTDays }
  const run = await payload.create({ collection: RETENTION_RUNS_SLUG, data: { trigger, status: 'running', settings: delays }, overrideAccess: true, req })
  const counts = { pendingAccounts: 0, resetTokens: 0, notifications: 0, instantTResults: 0 }
  try {
    // Through the Local API, so that relationships and the collections' hooks follow.
    const pending = await payload.delete({
      collection: 'accounts',
      where: {
        and: [{ status: { equals: 'pending' } }, { origin: { equals: 'pre-registration' } }, { createdAt: { less_than: before(now, settings.pendingDays) } }],
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    counts.pendingAccounts = pending.docs.length

    const db = await drizzleFor<Executor>(req)
    const at = now.toISOString()
    for (const table of ['users', 'accounts']) {
      const result = await db.execute(sql`
        UPDATE ${sql.identifier(table)} SET reset_password_token = NULL, reset_password_expiration = NULL
         WHERE reset_password_token IS NOT NULL AND (reset_password_expiration IS NULL OR reset_password_expiration < ${at}::timestamptz)
        RETURNING id`)
      counts.resetTokens += result.rows.length
    }

    const notifications = await payload.delete({
      collection: 'notifications',
      where: { and: [{ readAt: { exists: true } }, { readAt: { less_than: before(now, settings.readNotificationDays) } }] },
      overrideAccess: true,
      depth: 0,
      req,
    })
    counts.notifications = notifications.docs.length

    if (payload.collections[INSTANT_T_RESULTS]) {
      const results = await payload.delete({
        collection: INSTANT_T_RESULTS,
        where: { and: [{ account: { exists: false } }, { createdAt: { less_than: before(now, settings.anonymousInstantTDays) } }] },
        overrideAccess: true,
        depth: 0,
        req,
      })
      counts.instantTResults = results.docs.length
    }
    return await payload.update({ collection: RETENTION_RUNS_SLUG, id: run.id, data: { ...counts, status: 'done', finishedAt: new Date().toISOString() }, overrideAccess: true, req })
  } catch (error) {
    payload.logger.error({ msg: 'Passage de purge en échec', err: error })
    return await payload.update({
      collection: RETENTION_RUNS_SLUG,
      id: run.id,
      data: { ...counts, status: 'failed', error: (error as Error).message, finishedAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    })
  }
}
