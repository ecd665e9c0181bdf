import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { cachesAreLive, principalGroup, scopeCache } from '../cache/caches'
import { drizzleFor } from '../db/requestDb'
import { asPrincipal, isStaffUser, userStructureIds } from './user'

type Executor = { execute: (query: unknown) => Promise<{ rows: { id: number }[] }> }

/**
 * The given structures and every structure below them, in one recursive query. It runs on the
 * request's transaction when there is one: a permission check on a second pooled connection
 * while the transaction holds the first deadlocks the pool under concurrent writes (issue #10).
 */
export const structuresWithDescendants = async ({
  req,
  ids,
}: {
  req: PayloadRequest
  ids: number[]
}): Promise<number[]> => {
  // Each id once: a repeated id in the filter misleads the planner's row estimate (issue #16).
  const wanted = [...new Set(ids.map(Number).filter(Number.isInteger))]
  if (wanted.length === 0) return []
  const db = await drizzleFor<Executor>(req)
  const { rows } = await db.execute(sql`
    WITH RECURSIVE scope AS (
      SELECT id FROM structures WHERE id = ANY(${`{${wanted.join(',')}}`}::int[])
      UNION
      SELECT s.id FROM structures s JOIN scope ON s.parent_id = scope.id
    ) SELECT id FROM scope`)
  return [...new Set(rows.map((row) => Number(row.id)))].sort((a, b) => a - b)
}

/**
 * The given structures and every structure above them (parent, grandparent… up to the region),
 * in one recursive query on the request's transaction: what a rule set higher up applies to.
 */
export const structuresWithAncestors = async ({ req, ids }: { req: PayloadRequest; ids: number[] }): Promise<number[]> => {
  const wanted = ids.map(Number).filter(Number.isInteger)
  if (wanted.length === 0) return []
  const db = await drizzleFor<Executor>(req)
  const { rows } = await db.execute(sql`
    WITH RECURSIVE chain AS (
      SELECT id, parent_id FROM structures WHERE id = ANY(${`{${wanted.join(',')}}`}::int[])
      UNION
      SELECT s.id, s.parent_id FROM structures s JOIN chain ON s.id = chain.parent_id
    ) SELECT id FROM chain`)
  return rows.map((row) => Number(row.id))
}

const SCOPE_KEY = 'tremplinStructureScope'

/**
 * The structures a staff user acts on: those they are attached to and everything below.
 * Computed once per request (access runs many times per request), and kept a few seconds for
 * the user's next requests (`SCOPE_CACHE_TTL_MS`), keyed by the structures they are attached
 * to; dropped when the structure tree or the user's record changes (../cache/caches). Never
 * stored from inside a transaction: it might read a tree that is then rolled back.
 */
export const userStructureScope = async (req: PayloadRequest): Promise<number[]> => {
  const user = asPrincipal(req.user)
  if (!isStaffUser(user)) return []
  const cached = req.context[SCOPE_KEY] as { userId: unknown; ids: number[] } | undefined
  if (cached && cached.userId === user.id) return cached.ids
  const attached = userStructureIds(user)
  const group = principalGroup('users', user.id)
  const key = [...new Set(attached)].sort((a, b) => a - b).join(',')
  const live = cachesAreLive()
  let ids = live ? scopeCache.get(group, key) : undefined
  if (!ids) {
    const startedAt = scopeCache.generation()
    ids = await structuresWithDescendants({ req, ids: attached })
    if (live && !req.transactionID) scopeCache.set(group, key, ids, startedAt)
  }
  req.context[SCOPE_KEY] = { userId: user.id, ids }
  return ids
}
