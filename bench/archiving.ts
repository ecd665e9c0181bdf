/**
 * Nightly archiving bench (issue #13): the automatic rule over 100 000 accounts of one Mission
 * Locale, then the run of its `archiving` bulk operation in this process (chunks of short
 * transactions, each account's `ARCHIVE {reason: automatic}` through its lifecycle), with the
 * time of the rule's listing, of the run, and the peak resident memory. Fixtures by raw SQL:
 * `BENCH_ARCHIVING_ACCOUNTS` accounts (100 000), of which `BENCH_ARCHIVABLE` (2 000) match the
 * rule (28 to 40, no open programme); the others are under 27, or older with a programme in
 * progress, so the rule's query sees the whole table and keeps them. The run is narrowed to the
 * bench's structure so the demo data that later benches use stays as it is.
 * A benchmark: it prints figures, never fails.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { runArchiving } from '../plugins/core/archiving/run'
import { openFollowUps } from './core/followUps'

const ACCOUNTS = Number(process.env.BENCH_ARCHIVING_ACCOUNTS ?? 100_000)
const ARCHIVABLE = Math.min(ACCOUNTS, Number(process.env.BENCH_ARCHIVABLE ?? 2_000))
const CHUNK = Number(process.env.ARCHIVING_CHUNK ?? 200)

/** Archiving each account is a lifecycle transition: this bench runs longer than the default 90 s. */
export const timeLimitMs = 30 * 60 * 1000

type Log = (message: string) => void

export async function run({ pool, payload, log }: { pool: Pool; payload: Payload; log: Log }) {
  const stamp = Date.now()
  const structure = (await payload.create({ collection: 'structures', data: { name: `Mission Locale Bench Archivage ${stamp}`, type: 'mission-locale' } as never, overrideAccess: true })) as unknown as { id: number }
  // n ≤ ARCHIVABLE: 28–40 years old, no programme (archived); then alternately under 27, or 27–40 with a programme in progress (kept).
  const { rows } = await pool.query(
    `INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, autonomous, birth_date, updated_at, created_at)
     SELECT 'bench.archivage.' || $1 || '.' || n || '@exemple.fr', 'Jeune', 'Archivage' || n, $2, 'enabled', 'staff', false,
            CASE WHEN n <= $4 THEN now() - make_interval(years => 28 + n % 13, days => 10)
                 WHEN n % 2 = 0 THEN now() - make_interval(years => 16 + n % 10, days => 10)
                 ELSE now() - make_interval(years => 27 + n % 14, days => 10) END,
            now(), now()
       FROM generate_series(1, $3::int) AS n RETURNING id, (last_name) AS name`,
    [stamp, structure.id, ACCOUNTS, ARCHIVABLE],
  )
  const kept = rows.filter((row) => {
    const n = Number(String(row.name).replace('Archivage', ''))
    return n > ARCHIVABLE && n % 2 === 1
  })
  await pool.query(
    `INSERT INTO programmes (account_id, kind, status, start_date, structure_id, updated_at, created_at)
     SELECT id, 'cej', 'in-progress', now() - interval '30 days', $2, now(), now() FROM unnest($1::int[]) AS id`,
    [kept.map((row) => row.id), structure.id],
  )
  await openFollowUps(pool, rows.map((row) => row.id))
  await pool.query('ANALYZE accounts; ANALYZE programmes')
  log(`${ACCOUNTS} dossiers créés, dont ${ARCHIVABLE} relèvent de la règle ; lots de ${CHUNK}`)

  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const started = performance.now()
  const result = (await runArchiving({ payload, settings: { minAge: 27, chunkSize: CHUNK }, trigger: 'manual', runInline: true, structures: [structure.id] })) as unknown as {
    operation: number | null
    total: number
    done: number
    failed: number
    status: string
  }
  const totalMs = Math.round(performance.now() - started)
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  const { rows: timing } = await pool.query(
    `SELECT EXTRACT(EPOCH FROM (finished_at - created_at)) * 1000 AS "runMs" FROM bulk_operations WHERE id = $1`,
    [result.operation],
  )
  const { rows: counted } = await pool.query(`SELECT count(*)::int AS archived FROM accounts WHERE structure_id = $1 AND status = 'archived'`, [structure.id])
  const figures = {
    accounts: ACCOUNTS,
    archivable: ARCHIVABLE,
    totalMs,
    // From the operation's creation to its end; the rest of totalMs is the rule's listing over the whole table.
    runMs: Math.round(Number(timing[0]?.runMs ?? 0)),
    listingMs: totalMs - Math.round(Number(timing[0]?.runMs ?? 0)),
    perAccountMs: result.total ? Number((totalMs / result.total).toFixed(2)) : null,
    total: result.total,
    done: result.done,
    failed: result.failed,
    status: result.status,
    archivedInDatabase: counted[0]?.archived,
    rssBeforeMb: Math.round(before / 1048576),
    rssPeakMb: Math.round(peak / 1048576),
  }
  log(
    `archivage de nuit sur ${ACCOUNTS} dossiers : ${figures.total} à archiver, ${figures.done} archivés, ${figures.failed} en erreur, ${totalMs} ms en tout (règle sur toute la table ${figures.listingMs} ms, opération ${figures.runMs} ms ; ${figures.perAccountMs} ms/dossier), mémoire ${figures.rssBeforeMb} → pic ${figures.rssPeakMb} Mo`,
  )
  return figures
}
