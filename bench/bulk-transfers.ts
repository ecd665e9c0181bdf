/**
 * Bulk transfers bench (issue #13): one « Changer de conseiller » of 10 000 young people, the
 * request (202) then the whole run of the bulk operation's chunks in this process (the bench's
 * server runs no jobs queue), with its time and the peak resident memory. Fixtures by raw SQL.
 * A benchmark: it prints figures, never fails.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { runBulkOperation } from '../src/kernel/bulk'
import { openFollowUps } from './core/followUps'

const ITEMS = Number(process.env.BENCH_BULK_ITEMS ?? 10_000)
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Tremplin2026!'

type Log = (message: string) => void

const post = async (baseUrl: string, path: string, token: string, body: unknown) => {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as any }
}

export async function run({ baseUrl, pool, payload, log }: { baseUrl: string; pool: Pool; payload: Payload; log: Log }) {
  const login = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@tremplin.test', password: PASSWORD }) })
  const { token, user } = (await login.json()) as { token: string; user: { structures: (number | { id: number })[] } }
  const structure = typeof user.structures[0] === 'object' ? user.structures[0].id : user.structures[0]
  const stamp = Date.now()
  const counsellor = async (name: string) => {
    const created = await post(baseUrl, '/api/users', token, { email: `bench.${name}.${stamp}@exemple.fr`, password: 'Bench-Transfert-2026!', firstName: 'Bench', lastName: name, roles: ['counsellor'], structures: [structure] })
    if (created.status !== 201) throw new Error(`conseiller non créé : ${created.status}`)
    return created.body.doc.id as number
  }
  const from = await counsellor('Source')
  const to = await counsellor('Destination')
  const { rows } = await pool.query(
    `INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, autonomous, updated_at, created_at)
     SELECT 'bench.bulk.' || $1 || '.' || n || '@exemple.fr', 'Jeune', 'Bench' || n, $2, 'enabled', 'staff', false, now(), now() FROM generate_series(1, $3::int) AS n RETURNING id`,
    [stamp, structure, ITEMS],
  )
  await pool.query(`INSERT INTO accounts_rels ("order", parent_id, path, users_id) SELECT 1, id, 'referents', $2 FROM unnest($1::int[]) AS id`, [rows.map((r) => r.id), from])
  await openFollowUps(pool, rows.map((r) => r.id))
  await pool.query('ANALYZE accounts; ANALYZE accounts_rels')

  const requested = performance.now()
  const started = await post(baseUrl, '/api/bulk-operations/transfer-counsellor', token, { from, to, all: true })
  const requestMs = Math.round(performance.now() - requested)
  if (started.status !== 202) throw new Error(`transfert refusé : ${started.status} ${JSON.stringify(started.body)}`)

  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const runStarted = performance.now()
  await runBulkOperation({ payload, id: started.body.id, budgetMs: Number.POSITIVE_INFINITY })
  const runMs = Math.round(performance.now() - runStarted)
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  const { rows: result } = await pool.query('SELECT done::int, failed::int, status::text FROM bulk_operations WHERE id = $1', [started.body.id])
  const figures = {
    items: ITEMS,
    requestMs,
    runMs,
    perItemMs: Number((runMs / ITEMS).toFixed(2)),
    done: result[0]?.done,
    failed: result[0]?.failed,
    status: result[0]?.status,
    rssBeforeMb: Math.round(before / 1048576),
    rssPeakMb: Math.round(peak / 1048576),
  }
  log(`transfert de ${ITEMS} jeunes : réponse 202 en ${requestMs} ms, exécution ${runMs} ms (${figures.perItemMs} ms/élément), ${figures.done} faits, ${figures.failed} en erreur, mémoire ${figures.rssBeforeMb} → pic ${figures.rssPeakMb} Mo`)
  return figures
}
