import type pg from 'pg'

import type { MixedLoadResult } from './mixedLoad'

export type LostRows = {
  submissions: { accepted: number; found: number; lost: number }
  transitions: { accepted: number; historyRowsFound: number; lost: number; wrongFinalStatus: number }
}

/**
 * What the load's accepted writes left in the database, read with plain SQL after the run:
 * every 201 submission by its code, every 200 transition by its history row (the bench's
 * accounts have no history before the load), and each account's final status matching its last
 * accepted transition (accounts whose last transition got no answer aside).
 */
export const countLostRows = async ({ pool, results }: { pool: pg.Pool; results: MixedLoadResult[] }): Promise<LostRows> => {
  const codes = results.flatMap((r) => r.submittedCodes)
  const { rows: found } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM instant_t WHERE code = ANY($1::text[])', [codes])

  const transitions = results.flatMap((r) => r.transitions)
  const uncertain = new Set(results.flatMap((r) => r.uncertainAccounts))
  const expected = new Map<number, { count: number; last: string }>()
  for (const { id, to } of transitions) expected.set(id, { count: (expected.get(id)?.count ?? 0) + 1, last: to })
  const ids = [...expected.keys()]
  const { rows: history } = await pool.query<{ document: string; n: number }>(
    `SELECT document, count(*)::int AS n FROM transitions WHERE collection = 'accounts' AND document = ANY($1::text[]) GROUP BY document`,
    [ids.map(String)],
  )
  const historyOf = new Map(history.map((row) => [Number(row.document), row.n]))
  const { rows: statuses } = await pool.query<{ id: number; status: string }>('SELECT id, status::text FROM accounts WHERE id = ANY($1::int[])', [ids])
  let lost = 0
  let wrongFinalStatus = 0
  for (const [id, { count }] of expected) lost += Math.max(0, count - (historyOf.get(id) ?? 0))
  for (const { id, status } of statuses) if (!uncertain.has(id) && expected.get(id)!.last !== status) wrongFinalStatus++
  return {
    submissions: { accepted: codes.length, found: found[0].n, lost: codes.length - found[0].n },
    transitions: { accepted: transitions.length, historyRowsFound: history.reduce((sum, row) => sum + row.n, 0), lost, wrongFinalStatus },
  }
}
