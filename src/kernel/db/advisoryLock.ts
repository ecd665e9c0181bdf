import { sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { drizzleFor } from './requestDb'
import { poolOfPayload } from './sharedCounters'

/** PostgreSQL advisory locks take a number: every lock name of ours hashes into one namespace. */
export const advisoryLockKey = (name: string) => `tremplin:${name}`

/**
 * Runs `task` only if no other process (or concurrent run in this one) holds the lock `name`;
 * otherwise returns `{ ran: false }` at once, without waiting. The lock is PostgreSQL's, so it
 * holds across every instance on the database, and it is released when `task` ends or when the
 * connection dies with its process. It is held on a connection of its own for the task's
 * duration (`task` runs its queries on other pool connections), so keep such tasks few: a
 * clock tick, not one per job.
 */
export const withAdvisoryLock = async <T>({
  payload,
  name,
  task,
}: {
  payload: Payload
  name: string
  task: () => Promise<T>
}): Promise<{ ran: true; result: T } | { ran: false }> => {
  const client = await poolOfPayload(payload).connect()
  let isHeld = false
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS "isHeld"', [advisoryLockKey(name)])
    isHeld = rows[0]?.isHeld === true
    if (!isHeld) return { ran: false }
    return { ran: true, result: await task() }
  } finally {
    if (isHeld) await client.query('SELECT pg_advisory_unlock(hashtext($1))', [advisoryLockKey(name)]).catch(() => {})
    client.release()
  }
}

/**
 * Waits for the lock `name` until the request's transaction ends (`pg_advisory_xact_lock`): the
 * writers of one shared rule (e.g. the coverage of postal codes) then run one after the other,
 * each seeing what the previous one committed. Does nothing outside a transaction.
 */
export const lockForTransaction = async ({ req, name }: { req: PayloadRequest; name: string }) => {
  if (!req.transactionID) return
  const db = await drizzleFor<{ execute: (query: unknown) => Promise<unknown> }>(req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${advisoryLockKey(name)}))`)
}
