/**
 * What « rows changed » means for the corpus: per table, its row count, latest `updated_at`
 * and highest `id` (array and relationship rows are rewritten with new ids), read in one SQL
 * statement. Two snapshots around a refused request must be equal.
 */
import pg from 'pg'

export type TableState = { rows: number; updatedAt: string | null; maxId: string | null }
export type Snapshot = Map<string, TableState>
export type TableChange = { table: string; before?: TableState; after?: TableState }

/** Tables that change on their own or by design on any request (jobs queue, shared rate limits, sessions). */
export const DEFAULT_IGNORED_TABLES = /^(payload_jobs|payload_kv|payload_locked_documents|payload_migrations)|rate_limit|login_attempt|_sessions$/

export const createSnapshotter = async ({ databaseUrl, ignoredTables = DEFAULT_IGNORED_TABLES }: { databaseUrl: string; ignoredTables?: RegExp }) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name IN ('id', 'updated_at')
        AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
  )
  const { rows: tables } = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
  const has = (table: string, column: string) => columns.some((row) => row.table_name === table && row.column_name === column)
  const watched = tables.map((row) => row.table_name).filter((table) => !ignoredTables.test(table))
  const sql = watched
    .map((table) => {
      const quoted = client.escapeIdentifier(table)
      const updatedAt = has(table, 'updated_at') ? 'max(updated_at)::text' : 'NULL'
      const maxId = has(table, 'id') ? 'max(id)::text' : 'NULL'
      return `SELECT ${client.escapeLiteral(table)} AS t, count(*)::int AS n, ${updatedAt} AS u, ${maxId} AS m FROM ${quoted}`
    })
    .join(' UNION ALL ')

  const take = async (): Promise<Snapshot> => {
    const { rows } = await client.query<{ t: string; n: number; u: string | null; m: string | null }>(sql)
    return new Map(rows.map((row) => [row.t, { rows: row.n, updatedAt: row.u, maxId: row.m }]))
  }
  return { take, tables: watched, close: () => client.end() }
}

export const diffSnapshots = (before: Snapshot, after: Snapshot): TableChange[] => {
  const changes: TableChange[] = []
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(table)
    const b = after.get(table)
    if (a?.rows !== b?.rows || a?.updatedAt !== b?.updatedAt || a?.maxId !== b?.maxId) changes.push({ table, before: a, after: b })
  }
  return changes
}
