import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

type Executor = { execute: (query: unknown) => Promise<unknown> }

type Adapter = { drizzle: Executor; sessions: Record<string | number, { db: Executor }>; tableNameMap: Map<string, string> }

/**
 * `SELECT … FOR UPDATE` on one document's row in the request's transaction: concurrent writers
 * of the same document (two counsellors filling the last place) then run one after the other.
 */
export const lockRow = async ({ req, collection, id }: { req: PayloadRequest; collection: string; id: number }) => {
  const adapter = req.payload.db as unknown as Adapter
  const table = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (transactionID === undefined) throw new Error('lockRow: à appeler dans une transaction')
  await adapter.sessions[transactionID].db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
}
