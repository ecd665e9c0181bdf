import { sql, type SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { drizzleFor, tableNameOf } from '../../../src/kernel/db/requestDb'
import { INSTANT_T_SLUGS } from '../slugs'

export type ResultRow = {
  code: string
  postalCode: string
  structure: number | null
  outOfTerritory: boolean
  scores: unknown
  answers: unknown
}

type Execute = { execute: (query: SQL) => Promise<{ rows: { id: number }[] }> }

/**
 * One `INSERT … RETURNING id` of the columns it writes, in the request's transaction if any
 * (issue #16: the anonymous submission at ≤ ×6 a raw insert). Payload's `create` would run the
 * same insert, then read the whole row back and walk every field through its hooks, only for the
 * submission to answer with the code and the scores it already holds. Skipping it loses nothing,
 * and tests keep it so (test/int/instant-t-codes.test.ts: no create hook to skip;
 * test/int/staff-list-speed.test.ts: one insert, no read-back, the row as stored):
 * - the row is built by the submission alone, from answers already validated against the
 *   questionnaire (validateSubmission: French 400s naming the field); Payload's field validation
 *   would only re-check what the server wrote itself;
 * - the collection has no create hook (its only `beforeChange` guards linking to an account, an
 *   update) and no versions, lifecycle or e-mail; Payload's `beforeOperation` hooks on it are the
 *   hardening checks of REST input, which a server-built row does not need;
 * - the code's uniqueness is still the database's: a 23505 comes back as the error's cause and
 *   the caller draws another code.
 */
export const insertResult = async ({ req, row }: { req: PayloadRequest; row: ResultRow }): Promise<number> => {
  const db = await drizzleFor<Execute>(req)
  const now = new Date().toISOString()
  // The columns written, by name (drizzle's builder would list all twelve and map each value).
  const { rows } = await db.execute(sql`
    INSERT INTO ${sql.identifier(tableNameOf(req, INSTANT_T_SLUGS.results))}
      (code, postal_code, structure_id, out_of_territory, scores, answers, created_at, updated_at)
    VALUES (${row.code}, ${row.postalCode}, ${row.structure}, ${row.outOfTerritory},
      ${JSON.stringify(row.scores)}::jsonb, ${JSON.stringify(row.answers)}::jsonb, ${now}, ${now})
    RETURNING id`)
  return Number(rows[0].id)
}
