import type { Pool } from 'pg'

import { installMissingTriggers, type TriggerStatement } from '../db/triggers'

/** The channel every instance listens on (./cacheListener). */
export const CACHE_CHANNEL = 'tremplin_cache'

/**
 * Which writes make a cached caller or structure scope stale, as PostgreSQL triggers: they fire
 * whatever wrote (Payload's operations, its adapter calls for sessions, raw SQL of a transfer),
 * and `pg_notify` is delivered at commit only, to every instance, once per distinct message per
 * transaction. Messages: `users:<id>`, `accounts:<id>` (`users:*` / `accounts:*` past
 * MAX_IDS_PER_STATEMENT rows), `structures`, and those modules register.
 * [table, principal, column holding the principal's id, events]; new sessions need no message
 * (a new session is a new cache key), a removed one does (logout, deactivation).
 */
const ROW_TRIGGERS: [table: string, principal: 'users' | 'accounts', idColumn: string, events: ('INSERT' | 'UPDATE' | 'DELETE')[]][] = [
  ['users', 'users', 'id', ['UPDATE', 'DELETE']],
  ['users_roles', 'users', 'parent_id', ['INSERT', 'UPDATE', 'DELETE']],
  ['users_functions', 'users', 'parent_id', ['INSERT', 'UPDATE', 'DELETE']],
  ['users_rels', 'users', 'parent_id', ['INSERT', 'UPDATE', 'DELETE']],
  ['users_sessions', 'users', '_parent_id', ['DELETE']],
  ['accounts', 'accounts', 'id', ['UPDATE', 'DELETE']],
  ['accounts_sessions', 'accounts', '_parent_id', ['DELETE']],
]

/** A statement touching more principals than this (a bulk transfer, an archiving run) drops them all. */
const MAX_IDS_PER_STATEMENT = 50

/**
 * Statement-level, reading the statement's rows (transition table `changed`): one message per
 * principal, or one for all, however many rows a statement writes. TG_ARGV: message prefix,
 * id column (none for a table whose every write sends the prefix alone).
 */
const FUNCTION = `CREATE OR REPLACE FUNCTION tremplin_cache_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  id text;
BEGIN
  IF TG_NARGS < 2 THEN
    PERFORM pg_notify('${CACHE_CHANNEL}', TG_ARGV[0]);
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT array_agg(DISTINCT %I::text) FROM changed', TG_ARGV[1]) INTO ids;
  IF ids IS NULL THEN RETURN NULL; END IF;
  IF array_length(ids, 1) > ${MAX_IDS_PER_STATEMENT} THEN
    PERFORM pg_notify('${CACHE_CHANNEL}', TG_ARGV[0] || ':*');
  ELSE
    FOREACH id IN ARRAY ids LOOP
      PERFORM pg_notify('${CACHE_CHANNEL}', TG_ARGV[0] || ':' || id);
    END LOOP;
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

const triggerStatements = (): TriggerStatement[] => [
  // A trigger with a transition table takes one event: one trigger per event.
  ...ROW_TRIGGERS.flatMap(([table, principal, idColumn, events]) =>
    events.map((event) => ({
      name: `tremplin_cache_${table}_${event.toLowerCase()}`,
      table,
      sql: `CREATE OR REPLACE TRIGGER tremplin_cache_${table}_${event.toLowerCase()} AFTER ${event} ON "${table}" REFERENCING ${event === 'INSERT' ? 'NEW' : 'OLD'} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tremplin_cache_notify('${principal}', '${idColumn}')`,
    })),
  ),
  ...WATCHED_TABLES.map(({ table, message }) => ({
    name: `tremplin_cache_${table}`,
    table,
    sql: `CREATE OR REPLACE TRIGGER tremplin_cache_${table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION tremplin_cache_notify('${message}')`,
  })),
]

/** Installs the cache triggers once per database (../db/triggers). */
export const installCacheTriggers = (pool: Pool) => installMissingTriggers({ pool, lock: 'cache-triggers', functions: [FUNCTION], triggers: triggerStatements() })
