import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { drizzleFor, tableNameOf } from './requestDb'

/**
 * `SELECT … FOR UPDATE` on one document's row in the request's transaction: concurrent writers
 * of the same document (two counsellors filling the last place) then run one after the other.
 */
export const lockRow = async ({ req, collection, id }: { req: PayloadRequest; collection: string; id: number }) => {
  if (!req.transactionID) throw new Error('lockRow: à appeler dans une transaction')
  const db = await drizzleFor<{ execute: (query: unknown) => Promise<unknown> }>(req)
  await db.execute(sql`SELECT id FROM ${sql.identifier(tableNameOf(req, collection))} WHERE id = ${id} FOR UPDATE`)
}
