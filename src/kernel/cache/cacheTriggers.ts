import type { Pool } from 'pg'

import { advisoryLockKey } from '../db/advisoryLock'

/** The channel every instance listens on (./cacheListener). */
export const CACHE_CHANNEL = 'tremplin_cache'

/**
 * Which writes make a cached caller or structure scope stale, as PostgreSQL triggers: they fire
 * whatever wrote (Payload's operations, its adapter calls for sessions, raw SQL of a transfer),
 * and `pg_notify` is delivered at commit only, to every instance, once per distinct message per
 * transaction. Messages: `users:<id>`, `accounts:<id>`, `structures`, and those modules register.
 * [table, principal, column holding the principal's id, events]; new sessions need no message
 * (a new session is a new cache key), a removed one does (logout, deactivation).
 */
const ROW_TRIGGERS: [table: string, principal: 'users' | 'accounts', idColumn: string, events: string][] = [
  ['users', 'users', 'id', 'UPDATE OR DELETE'],
  ['users_roles', 'users', 'parent_id', 'INSERT OR UPDATE OR DELETE'],
  ['users_functions', 'users', 'parent_id', 'INSERT OR UPDATE OR DELETE'],
  ['users_rels', 'users', 'parent_id', 'INSERT OR UPDATE OR DELETE'],
  ['users_sessions', 'users', '_parent_id', 'DELETE'],
  ['accounts', 'accounts', 'id', 'UPDATE OR DELETE'],
  ['accounts_sessions', 'accounts', '_parent_id', 'DELETE'],
]

const FUNCTION = `CREATE OR REPLACE FUNCTION tremplin_cache_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('${CACHE_CHANNEL}', TG_ARGV[0]);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('${CACHE_CHANNEL}', TG_ARGV[0] || ':' || (to_jsonb(NEW) ->> TG_ARGV[1]));
  ELSE
    PERFORM pg_notify('${CACHE_CHANNEL}', TG_ARGV[0] || ':' || (to_jsonb(OLD) ->> TG_ARGV[1]));
  END IF;
  RETURN NULL;
END $$`

/** Tables whose every write sends one message per statement: the structure tree, and what modules register. */
const WATCHED_TABLES: { table: string; message: string }[] = [
  { table: 'structures', message: 'structures' },
  { table: 'structures_texts', message: 'structures' },
]

/**
 * A module's cached reference data (./watchedCache): any write to `tables` sends `message` to
 * every instance at commit. Call while building the config (before Payload's `onInit`).
 */
export const watchTables = ({ message, tables }: { message: string; tables: string[] }) => {
  for (const table of tables) if (!WATCHED_TABLES.some((w) => w.table === table)) WATCHED_TABLES.push({ table, message })
}

const triggerStatements = (): { name: string; table: string; sql: string }[] => [
  ...ROW_TRIGGERS.map(([table, principal, idColumn, events]) => ({
    name: `tremplin_cache_${table}`,
    table,
    sql: `CREATE OR REPLACE TRIGGER tremplin_cache_${table} AFTER ${events} ON "${table}" FOR EACH ROW EXECUTE FUNCTION tremplin_cache_notify('${principal}', '${idColumn}')`,
  })),
  ...WATCHED_TABLES.map(({ table, message }) => ({
    name: `tremplin_cache_${table}`,
    table,
    sql: `CREATE OR REPLACE TRIGGER tremplin_cache_${table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION tremplin_cache_notify('${message}')`,
  })),
]

/**
 * Installs the triggers once per database (they are not part of Payload's schema, so neither the
 * push nor the migrations drop them). Checked first without DDL, so that a start never waits on
 * a table lock; then created under an advisory lock, instances starting together taking turns.
 */
export const installCacheTriggers = async (pool: Pool) => {
  const wanted = triggerStatements()
  const present = async () =>
    (
      await pool.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE tgname = ANY($1::text[]) AND NOT tgisinternal`, [wanted.map((t) => t.name)])
    ).rows.map((r) => r.tgname)
  if ((await present()).length === wanted.length) return
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [advisoryLockKey('cache-triggers')])
    const have = new Set(await present())
    await client.query(FUNCTION)
    for (const trigger of wanted) {
      if (have.has(trigger.name)) continue
      const { rows } = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [trigger.table])
      if (rows[0]?.exists) await client.query(trigger.sql)
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [advisoryLockKey('cache-triggers')]).catch(() => {})
    client.release()
  }
}
