import type {} from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** The Postgres adapter (its module types `payload.db` with drizzle, its per-transaction sessions, tables). */
const adapterOf = (req: PayloadRequest) => req.payload.db

/** A collection slug's table name, as Payload names it (`follow-up-messages` → `follow_up_messages`). */
export const tableNameOf = (req: PayloadRequest, collection: string) =>
  adapterOf(req).tableNameMap.get(collection.replace(/-/g, '_')) ?? collection

/** The collection's drizzle table. */
export const tableOf = (req: PayloadRequest, collection: string) => adapterOf(req).tables[tableNameOf(req, collection)]

/** Drizzle bound to the request's transaction when it has one, so raw statements join it. */
export const drizzleFor = async <Db>(req: PayloadRequest): Promise<Db> => {
  const adapter = adapterOf(req)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  return (transactionID !== undefined ? adapter.sessions?.[transactionID]?.db ?? adapter.drizzle : adapter.drizzle) as Db
}
