import type { Pool } from 'pg'

import { advisoryLockKey } from './advisoryLock'

export type TriggerStatement = { name: string; table: string; sql: string }

/**
 * Installs PostgreSQL triggers that are not part of Payload's schema (neither the push nor the
 * migrations drop them): `functions` (CREATE OR REPLACE FUNCTION …), then each trigger of
 * `triggers` that is missing, on a table that exists. Checked first without DDL, so that a start
 * never waits on a table lock; then created under the advisory lock `lock`, instances starting
 * together taking turns. A changed function needs a new trigger name (`…_v2`) to be installed.
 */
export const installMissingTriggers = async ({ pool, lock, functions, triggers }: { pool: Pool; lock: string; functions: string[]; triggers: TriggerStatement[] }) => {
  const present = async () =>
    (
      await pool.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE tgname = ANY($1::text[]) AND NOT tgisinternal`, [triggers.map((t) => t.name)])
    ).rows.map((r) => r.tgname)
  if ((await present()).length === triggers.length) return
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [advisoryLockKey(lock)])
    const have = new Set(await present())
    for (const statement of functions) await client.query(statement)
    for (const trigger of triggers) {
      if (have.has(trigger.name)) continue
      const { rows } = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [trigger.table])
      if (rows[0]?.exists) await client.query(trigger.sql)
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [advisoryLockKey(lock)]).catch(() => {})
    client.release()
  }
}
