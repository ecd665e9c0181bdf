import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from './requestDb'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * In one young person's `referents` (accounts ↔ users), `from` is replaced by `to`, at the same
 * place and once (if `to` already follows them, `from` just leaves). Plain SQL on the request's
 * transaction, for bulk transfers and reassignments: returns false when `from` did not follow them.
 */
export const replaceReferent = async ({ req, account, from, to }: { req: PayloadRequest; account: number; from: number; to: number }): Promise<boolean> => {
  const db = await drizzleFor<Executor>(req)
  const removed = await db.execute(sql`
    DELETE FROM accounts_rels WHERE parent_id = ${account} AND path = 'referents' AND users_id = ${from} RETURNING "order"`)
  if (removed.rows.length === 0) return false
  await db.execute(sql`
    INSERT INTO accounts_rels ("order", parent_id, path, users_id)
    SELECT ${removed.rows[0].order}, ${account}, 'referents', ${to}
    WHERE NOT EXISTS (SELECT 1 FROM accounts_rels WHERE parent_id = ${account} AND path = 'referents' AND users_id = ${to})`)
  await db.execute(sql`UPDATE accounts SET updated_at = now() WHERE id = ${account}`)
  return true
}
