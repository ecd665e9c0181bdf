import type pg from 'pg'

import { BENCH } from './env'

export type StatementCount = {
  requests: number
  perRequest: number
  /** Each distinct statement (normalised by pg_stat_statements) with its calls per request. */
  breakdown: { perRequest: number; query: string }[]
}

/**
 * Statements per request, counted by PostgreSQL: reset pg_stat_statements, send `requests`
 * requests one after the other, read the calls made on the bench database (the bench's own
 * reads of the view excluded). Nothing else talks to that database meanwhile (jobs do not run).
 */
export const countStatements = async ({
  pool,
  requests,
  send,
}: {
  pool: pg.Pool
  requests: number
  send: () => Promise<unknown>
}): Promise<StatementCount> => {
  await pool.query('SELECT bench_stats.pg_stat_statements_reset()')
  for (let i = 0; i < requests; i++) await send()
  const { rows } = await pool.query<{ query: string; calls: string }>(
    `SELECT query, calls FROM bench_stats.pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) AND query NOT ILIKE '%pg_stat_statements%'
     ORDER BY calls DESC`,
    [BENCH.database],
  )
  const total = rows.reduce((sum, row) => sum + Number(row.calls), 0)
  return {
    requests,
    perRequest: total / requests,
    breakdown: rows.map((row) => ({ perRequest: Number(row.calls) / requests, query: row.query.replace(/\s+/g, ' ').trim() })),
  }
}
