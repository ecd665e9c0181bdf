import { and, eq } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { drizzleFor, tableOf } from '../../../src/db/requestDb'

type DrizzleLike = {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
    }
  }
}

/**
 * Moves the stored status from `from` to `to` only if it still is `from`. PostgreSQL re-checks
 * the condition once it holds the row lock, so of concurrent transitions exactly one wins;
 * the others update nothing and are told 409.
 */
export const claimStatus = async ({
  req,
  collection,
  id,
  from,
  to,
}: {
  req: PayloadRequest
  collection: string
  id: number | string
  from: string
  to: string
}): Promise<boolean> => {
  const table = tableOf(req, collection)
  const db = await drizzleFor<DrizzleLike>(req)
  const rows = await db
    .update(table)
    .set({ status: to })
    .where(and(eq(table.id as never, id), eq(table.status as never, from)))
    .returning({ id: table.id })
  return rows.length === 1
}
