import { sql } from 'drizzle-orm'
import type { Field, FieldHook } from 'payload'

import { drizzleFor } from '../db/requestDb'
import { userStructureIds } from './user'

type Executor = { execute: (query: unknown) => Promise<{ rows: { type: string }[] }> }

/**
 * Computed for the user being authenticated (no `req.user` yet) or reading their own record:
 * the admin's synchronous `hidden` functions then know where the user works. Other reads of
 * users (lists) skip the query.
 */
const computeStructureTypes: FieldHook = async ({ data, originalDoc, req }) => {
  const doc = (originalDoc ?? data) as { id?: unknown; structures?: (number | { id: number })[] } | undefined
  if (!doc) return undefined
  const isCaller = !req.user || (req.user.collection === 'users' && String(req.user.id) === String(doc.id))
  if (!isCaller) return undefined
  const ids = userStructureIds({ id: 0, collection: 'users', structures: doc.structures })
  if (ids.length === 0) return []
  const db = await drizzleFor<Executor>(req)
  const { rows } = await db.execute(sql`SELECT DISTINCT type FROM structures WHERE id = ANY(${`{${ids.join(',')}}`}::int[])`)
  return rows.map((row) => String(row.type))
}

/**
 * `structureTypes` on staff users: the types of the structures they are attached to, never
 * stored nor written, read by `userWorksIn` to tell which modules the admin shows them.
 */
export const structureTypesField: Field = {
  name: 'structureTypes',
  type: 'json',
  virtual: true,
  label: { fr: 'Types de structures', en: 'Structure types' },
  access: { create: () => false, update: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  hooks: { afterRead: [computeStructureTypes] },
}
