/**
 * Instant-T bench (issue #4): anonymous submissions through POST /api/instant-t against a raw
 * SQL insert of the same rows (rates, and CPU per operation, app and PostgreSQL apart), and the
 * CSV export of 100k results against a raw pg cursor export of the same rows (time and peak RSS
 * of this process, which hosts the server).
 * A benchmark, not a test: it prints figures and never fails on timings.
 */
import type { Pool } from 'pg'
import QueryStream from 'pg-query-stream'

import { measureCpu, type CpuSample } from './core/cpu'
import { startLoadGenerator } from './core/loadGenerator'
import { countStatements } from './core/statements'
import { csvLine } from '../plugins/instant-t/operations/exportResultsCsv'
import { generateCode } from '../plugins/instant-t/operations/generateCode'
import { exampleAnswers } from '../plugins/instant-t/seed/exampleAnswers'

const SUBMIT_SECONDS = 8
const CONNECTIONS = 2
const EXPORT_ROWS = 100_000
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Tremplin2026!'

type Log = (message: string) => void

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} Mo`

/** Peak resident memory of this process while `task` runs, sampled every 20 ms. */
const withPeakRss = async <T>(task: () => Promise<T>) => {
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const started = performance.now()
  try {
    const result = await task()
    return { result, ms: Math.round(performance.now() - started), before, peak: Math.max(peak, process.memoryUsage().rss) }
  } finally {
    clearInterval(timer)
  }
}

/**
 * Each submission comes from its own address, as on the Internet (`X-Forwarded-For`, trusted from
 * loopback in the bench's env only): the per-address limiter then counts each young person once,
 * its one upsert included in the figures, instead of every submission of the run updating the
 * same counter row (a lock queue that only a bench from one address produces). The limit itself
 * is raised in the bench's process only (bench/core/env.ts); production limits are untouched.
 */
let lastAddress = 0
const submissionHeaders = () => {
  lastAddress += 1
  return { 'content-type': 'application/json', 'x-forwarded-for': `10.255.${(lastAddress >> 8) & 255}.${lastAddress & 255}` }
}

const perOperation = (cpu: CpuSample, operations: number) => ({
  appMs: Number((cpu.appMs / Math.max(operations, 1)).toFixed(3)),
  postgresMs: Number((cpu.postgresMs / Math.max(operations, 1)).toFixed(3)),
})

const benchSubmissions = async ({ baseUrl, pool, log }: { baseUrl: string; pool: Pool; log: Log }) => {
  const questionnaire = await (await fetch(`${baseUrl}/api/instant-t/questionnaire`)).json()
  const body = JSON.stringify({ postalCode: '76500', answers: exampleAnswers({ questionnaire, variant: 0 }) })
  const probe = await fetch(`${baseUrl}/api/instant-t`, { method: 'POST', headers: submissionHeaders(), body })
  if (probe.status !== 201) throw new Error(`POST /api/instant-t : ${probe.status} ${await probe.text()}`)
  const { code } = (await probe.json()) as { code: string }
  const { rows } = await pool.query('SELECT structure_id, scores, answers FROM instant_t WHERE code = $1', [code])
  const sample = rows[0]

  // Issue #16: what one anonymous submission asks of PostgreSQL (questionnaire and coverage from memory, one insert).
  const submit = () => fetch(`${baseUrl}/api/instant-t`, { method: 'POST', headers: submissionHeaders(), body }).then((r) => r.text())
  await submit()
  const statements = await countStatements({ pool, requests: 20, send: submit })
  log(`Requêtes SQL par soumission : ${statements.perRequest.toFixed(2)}`)
  for (const s of statements.breakdown) log(`  ${s.perRequest.toFixed(2).padStart(5)} × ${s.query.slice(0, 140)}`)

  // The load comes from a process of its own (as for the lists): in the server's event loop it would steal the time it measures.
  log(`POST /api/instant-t : ${SUBMIT_SECONDS} s, ${CONNECTIONS} connexions (générateur de charge séparé, une adresse par soumission)…`)
  const generator = startLoadGenerator()
  const { result: http, cpu: httpCpu } = await measureCpu(() =>
    generator
      .run({ kind: 'http', url: `${baseUrl}/api/instant-t`, method: 'POST', body, headers: { 'content-type': 'application/json' }, expectedStatus: 201, distinctAddresses: true, connections: CONNECTIONS, durationS: SUBMIT_SECONDS })
      .finally(() => generator.stop()),
  )
  const httpRate = http.requests / (http.durationMs / 1000)
  const non201 = http.errors
  const latencies = [...http.latenciesMs].sort((a, b) => a - b)
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN

  log(`INSERT SQL brut de la même ligne : ${SUBMIT_SECONDS} s, ${CONNECTIONS} connexions…`)
  let inserted = 0
  const scores = JSON.stringify(sample.scores)
  const answers = JSON.stringify(sample.answers)
  const { cpu: sqlCpu } = await measureCpu(async () => {
    const deadline = Date.now() + SUBMIT_SECONDS * 1000
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < deadline) {
          await pool.query(
            `INSERT INTO instant_t (code, postal_code, structure_id, out_of_territory, scores, answers, created_at, updated_at)
             VALUES ($1, '76500', $2, false, $3::jsonb, $4::jsonb, now(), now()) ON CONFLICT (code) DO NOTHING`,
            [generateCode(), sample.structure_id, scores, answers],
          )
          inserted += 1
        }
      }),
    )
  })
  const sqlRate = inserted / SUBMIT_SECONDS
  const ratio = sqlRate / Math.max(httpRate, 0.001)
  const httpPer = perOperation(httpCpu, http.requests)
  const sqlPer = perOperation(sqlCpu, inserted)
  log(`POST ${httpRate.toFixed(0)} req/s (non-201 : ${non201}, p50 ${percentile(50).toFixed(1)} ms, p99 ${percentile(99).toFixed(1)} ms) ; SQL brut ${sqlRate.toFixed(0)} lignes/s ; rapport SQL/HTTP ×${ratio.toFixed(1)}`)
  log(`CPU par soumission : app ${httpPer.appMs} ms, PostgreSQL ${httpPer.postgresMs} ms ; par INSERT brut : app (client pg) ${sqlPer.appMs} ms, PostgreSQL ${sqlPer.postgresMs} ms`)
  return {
    statementsPerSubmission: Number(statements.perRequest.toFixed(2)),
    httpRequestsPerSecond: Math.round(httpRate),
    httpLatencyP50Ms: Number(percentile(50).toFixed(1)),
    httpLatencyP99Ms: Number(percentile(99).toFixed(1)),
    non2xx: non201,
    sqlRowsPerSecond: Math.round(sqlRate),
    ratio: Number(ratio.toFixed(2)),
    cpuPerSubmission: httpPer,
    cpuPerRawInsert: sqlPer,
    structureId: sample.structure_id as number,
    scores,
    answers,
  }
}

const benchExport = async ({ baseUrl, pool, log, structureId, scores, answers }: { baseUrl: string; pool: Pool; log: Log; structureId: number; scores: string; answers: string }) => {
  log(`Insertion de ${EXPORT_ROWS} résultats (generate_series)…`)
  await pool.query(
    `INSERT INTO instant_t (code, postal_code, structure_id, out_of_territory, scores, answers, account_name, created_at, updated_at)
     SELECT 'Q' || lpad(upper(to_hex(i)), 5, '0'), '76500', $1, false, $2::jsonb, $3::jsonb,
            CASE WHEN i % 7 = 0 THEN 'Jeune n° ' || i END, now() - (i || ' minutes')::interval, now()
     FROM generate_series(1, $4::int) AS i
     ON CONFLICT (code) DO NOTHING`,
    [structureId, scores, answers, EXPORT_ROWS],
  )
  await pool.query('ANALYZE instant_t')
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@tremplin.test', password: PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }

  global.gc?.()
  const endpoint = await withPeakRss(async () => {
    const response = await fetch(`${baseUrl}/api/instant-t/export.csv`, { headers: { authorization: `JWT ${token}` } })
    let bytes = 0
    let lines = 0
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength
      for (const byte of chunk) if (byte === 10) lines += 1
    }
    return { status: response.status, bytes, rows: lines - 1 }
  })
  log(`Export CSV (endpoint, admin de Rouen) : ${endpoint.result.rows} lignes, ${mb(endpoint.result.bytes)}, ${endpoint.ms} ms, RSS ${mb(endpoint.before)} → pic ${mb(endpoint.peak)}`)

  global.gc?.()
  const raw = await withPeakRss(async () => {
    const client = await pool.connect()
    try {
      const stream = client.query(
        new QueryStream(
          `SELECT r.id, r.account_name, r.code, r.postal_code, s.name AS mission_locale, r.created_at, r.updated_at, r.scores
           FROM instant_t r LEFT JOIN structures s ON s.id = r.structure_id WHERE r.structure_id = ANY($1::int[]) ORDER BY r.id`,
          [[structureId]],
          { batchSize: 500 },
        ),
      )
      let bytes = 0
      let rows = 0
      for await (const row of stream) {
        bytes += Buffer.byteLength(csvLine(row as never))
        rows += 1
      }
      return { bytes, rows }
    } finally {
      client.release()
    }
  })
  log(`Export CSV (curseur pg brut) : ${raw.result.rows} lignes, ${mb(raw.result.bytes)}, ${raw.ms} ms, RSS ${mb(raw.before)} → pic ${mb(raw.peak)}`)
  return {
    endpoint: { rows: endpoint.result.rows, ms: endpoint.ms, rssBeforeMb: Math.round(endpoint.before / 1048576), rssPeakMb: Math.round(endpoint.peak / 1048576) },
    raw: { rows: raw.result.rows, ms: raw.ms, rssBeforeMb: Math.round(raw.before / 1048576), rssPeakMb: Math.round(raw.peak / 1048576) },
    timeRatio: Number((endpoint.ms / Math.max(raw.ms, 1)).toFixed(2)),
  }
}

export async function run({ baseUrl, pool, log }: { baseUrl: string; pool: unknown; log: Log }) {
  const pg = pool as Pool
  const submissions = await benchSubmissions({ baseUrl, pool: pg, log })
  const { structureId, scores, answers, ...submissionFigures } = submissions
  const exportFigures = await benchExport({ baseUrl, pool: pg, log, structureId, scores, answers })
  return { submissions: submissionFigures, export: exportFigures }
}
