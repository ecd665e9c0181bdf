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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until no table moves for longer than a jobs-queue tick (effects queued by an earlier,
 * accepted write have run), and returns that quiet state.
 */
export const settle = async (take: () => Promise<Snapshot>, { quietMs = 1500, maxMs = 10_000 } = {}): Promise<Snapshot> => {
  const deadline = Date.now() + maxMs
  let previous = await take()
  while (Date.now() < deadline) {
    await sleep(quietMs)
    const current = await take()
    if (diffSnapshots(previous, current).length === 0) return current
    previous = current
  }
  return previous
}

/**
 * The tables a refused request changed. Something else may write meanwhile (the jobs queue
 * retrying an effect): a change is confirmed by replaying the request once after a quiet
 * moment — a write of the request's own happens again (Payload moves `updated_at` on every
 * write), a coincidence does not.
 */
export const confirmChanges = async ({ take, replay }: { take: () => Promise<Snapshot>; replay: () => Promise<unknown> }): Promise<TableChange[]> => {
  const before = await settle(take)
  await replay()
  return diffSnapshots(before, await take())
}

/** Sends a request and returns its result with the tables it changed (confirmed by a replay). */
export const changesCausedBy = async <T>({ take, send }: { take: () => Promise<Snapshot>; send: () => Promise<T> }): Promise<{ result: T; changes: TableChange[] }> => {
  const before = await settle(take)
  const result = await send()
  const changes = diffSnapshots(before, await take())
  return { result, changes: changes.length === 0 ? changes : await confirmChanges({ take, replay: send }) }
}
