import type {} from '@payloadcms/db-postgres'
import type { Pool } from 'pg'
import type { Payload } from 'payload'

/**
 * Counters shared by every app instance on one database: per-IP rate limits, login lockouts
 * and "at most once" markers. A plain table in a schema of its own, not a Payload collection:
 * each hit is one atomic upsert (Payload has no upsert, and a collection would run hooks, access
 * and a transaction per hit), and Payload's schema push and migrations only look at `public`,
 * so they neither drop it nor need a migration for it.
 */
const TABLE = 'tremplin_runtime.counters'

export type CounterHit = { hits: number; resetAt: Date }

/** The adapter's pool: every statement here takes a connection for itself and gives it back at once. */
export const poolOfPayload = (payload: Payload): Pool => payload.db.pool

const created = new WeakMap<Pool, Promise<unknown>>()

const CREATE = `CREATE SCHEMA IF NOT EXISTS tremplin_runtime;
  CREATE TABLE IF NOT EXISTS ${TABLE} (key text PRIMARY KEY, hits integer NOT NULL, reset_at timestamptz NOT NULL)`

/**
 * Creates the schema and table once per pool (idempotent). Two instances creating them at the
 * same moment: the loser gets a duplicate-key error, and its second try finds them.
 */
const ensureTable = (pool: Pool) => {
  let done = created.get(pool)
  if (!done) {
    done = pool
      .query(CREATE)
      .catch(() => pool.query(CREATE))
      .catch((error: unknown) => {
        created.delete(pool)
        throw error
      })
    created.set(pool, done)
  }
  return done
}

let hitsSincePrune = 0

/** Every thousandth hit of a process deletes the rows whose window ended a day ago (one row per client and limit otherwise stays). */
const pruneNowAndThen = (pool: Pool) => {
  hitsSincePrune = (hitsSincePrune + 1) % 1000
  if (hitsSincePrune === 1) pool.query(`DELETE FROM ${TABLE} WHERE reset_at < now() - interval '1 day'`).catch(() => {})
}

/** One hit on `key`: the count within the current window (a new window once the last one ended). */
export const hitCounter = async ({ pool, key, windowMs }: { pool: Pool; key: string; windowMs: number }): Promise<CounterHit> => {
  await ensureTable(pool)
  pruneNowAndThen(pool)
  const { rows } = await pool.query<{ hits: number; reset_at: Date }>(
    `INSERT INTO ${TABLE} AS c (key, hits, reset_at) VALUES ($1, 1, now() + $2::double precision * interval '1 millisecond')
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN c.reset_at <= now() THEN 1 ELSE c.hits + 1 END,
       reset_at = CASE WHEN c.reset_at <= now() THEN excluded.reset_at ELSE c.reset_at END
     RETURNING hits, reset_at`,
    [key, windowMs],
  )
  return { hits: rows[0].hits, resetAt: rows[0].reset_at }
}

/** The current count of `key`, or nothing when its window is over. */
export const readCounter = async ({ pool, key }: { pool: Pool; key: string }): Promise<CounterHit | undefined> => {
  await ensureTable(pool)
  const { rows } = await pool.query<{ hits: number; reset_at: Date }>(`SELECT hits, reset_at FROM ${TABLE} WHERE key = $1 AND reset_at > now()`, [key])
  return rows[0] ? { hits: rows[0].hits, resetAt: rows[0].reset_at } : undefined
}

/** Takes one hit back (express-rate-limit's `skipFailedRequests` and the like). */
export const decrementCounter = async ({ pool, key }: { pool: Pool; key: string }) => {
  await ensureTable(pool)
  await pool.query(`UPDATE ${TABLE} SET hits = greatest(hits - 1, 0) WHERE key = $1`, [key])
}

/** Starts `key`'s window again from now (a lock that lasts its full time from the first refusal). */
export const restartWindow = async ({ pool, key, windowMs }: { pool: Pool; key: string; windowMs: number }) => {
  await ensureTable(pool)
  await pool.query(`UPDATE ${TABLE} SET reset_at = now() + $2::double precision * interval '1 millisecond' WHERE key = $1`, [key, windowMs])
}

export const resetCounter = async ({ pool, key }: { pool: Pool; key: string }) => {
  await ensureTable(pool)
  await pool.query(`DELETE FROM ${TABLE} WHERE key = $1`, [key])
}

/** Every counter whose key starts with `prefix` (`%` and `_` in it are taken literally). */
export const resetCountersStartingWith = async ({ pool, prefix }: { pool: Pool; prefix: string }) => {
  await ensureTable(pool)
  await pool.query(`DELETE FROM ${TABLE} WHERE starts_with(key, $1)`, [prefix])
}

const FOREVER_MS = 100 * 365 * 24 * 60 * 60 * 1000

/**
 * Claims `key` for good: true for exactly one caller across every instance and retry. A task that
 * must not do something twice (send an e-mail) claims before doing it and releases on failure.
 */
export const claimOnce = async ({ pool, key }: { pool: Pool; key: string }) => (await hitCounter({ pool, key, windowMs: FOREVER_MS })).hits === 1

export const releaseClaim = resetCounter
