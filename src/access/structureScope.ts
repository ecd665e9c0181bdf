import type { PayloadRequest } from 'payload'

import { asPrincipal, isStaffUser, userStructureIds } from './user'

type Queryable = { query: (text: string, values?: unknown[]) => Promise<{ rows: { id: number }[] }> }

const poolOf = (req: PayloadRequest): Queryable => (req.payload.db as unknown as { pool: Queryable }).pool

/** The given structures and every structure below them, in one recursive query. */
export const structuresWithDescendants = async ({
  req,
  ids,
}: {
  req: PayloadRequest
  ids: number[]
}): Promise<number[]> => {
  if (ids.length === 0) return []
  const { rows } = await poolOf(req).query(
    `WITH RECURSIVE scope AS (
       SELECT id FROM structures WHERE id = ANY($1::int[])
       UNION
       SELECT s.id FROM structures s JOIN scope ON s.parent_id = scope.id
     ) SELECT id FROM scope`,
    [ids],
  )
  return rows.map((row) => Number(row.id))
}

const SCOPE_KEY = 'tremplinStructureScope'

/**
 * The structures a staff user acts on: those they are attached to and everything below.
 * Computed once per request (access runs many times per request).
 */
export const userStructureScope = async (req: PayloadRequest): Promise<number[]> => {
  const user = asPrincipal(req.user)
  if (!isStaffUser(user)) return []
  const cached = req.context[SCOPE_KEY] as { userId: unknown; ids: number[] } | undefined
  if (cached && cached.userId === user.id) return cached.ids
  const ids = await structuresWithDescendants({ req, ids: userStructureIds(user) })
  req.context[SCOPE_KEY] = { userId: user.id, ids }
  return ids
}
