/**
 * The load run of issue #10: the mixed load (bench/load/mixedLoad.ts) with one client, then with
 * `clients` clients, against the bench's server as configured (default pool: DB_POOL_SIZE unset),
 * then every accepted write looked for in the database. Prints nothing itself: returns figures.
 */
import os from 'node:os'
import type pg from 'pg'

import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import type { LoadGenerator } from '../core/loadGenerator'
import { percentile } from '../core/summary'
import { countLostRows, type LostRows } from './lostRows'
import { OPERATIONS, type MixedLoadResult, type MixedLoadTask, type Operation } from './mixedLoad'

export type LoadRunOptions = {
  baseUrl: string
  pool: pg.Pool
  generator: LoadGenerator
  token: string
  /** Structures of the token's user: the accounts read and toggled are taken there. */
  structureIds: number[]
  clients?: number
  durationS?: number
  singleClientDurationS?: number
  timeoutMs?: number
  log?: (message: string) => void
}

export type RunFigures = {
  clients: number
  durationS: number
  requests: number
  errors: number
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  byOperation: Record<Operation, { requests: number; errors: number; p50Ms: number; p95Ms: number }>
  errorStatuses: Record<string, number>
  errorSamples: string[]
}

export type LoadRunFigures = {
  poolSize: string
  loadAverage: number[]
  singleClient: RunFigures
  concurrent: RunFigures
  lostRows: LostRows
}

/** A quarter each: with 50 clients, about a dozen transitions are in flight at any time, more than the default pool. */
const MIX: Record<Operation, number> = { list: 0.25, read: 0.25, submit: 0.25, transition: 0.25 }
const ACCOUNTS_PER_CLIENT = 10
const round = (n: number) => Math.round(n * 10) / 10

const summarise = (result: MixedLoadResult): RunFigures => {
  const all = OPERATIONS.flatMap((op) => result.byOperation[op].latenciesMs).sort((a, b) => a - b)
  const errors = OPERATIONS.reduce((sum, op) => sum + result.byOperation[op].errors, 0)
  const byOperation = Object.fromEntries(
    OPERATIONS.map((op) => {
      const sorted = [...result.byOperation[op].latenciesMs].sort((a, b) => a - b)
      return [op, { requests: sorted.length, errors: result.byOperation[op].errors, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)) }]
    }),
  ) as RunFigures['byOperation']
  return {
    clients: result.clients,
    durationS: round(result.durationMs / 1000),
    requests: all.length,
    errors,
    requestsPerSecond: round(all.length / (result.durationMs / 1000)),
    p50Ms: round(percentile(all, 50)),
    p95Ms: round(percentile(all, 95)),
    p99Ms: round(percentile(all, 99)),
    byOperation,
    errorStatuses: result.errorStatuses,
    errorSamples: result.errorSamples,
  }
}

export const runLoad = async ({
  baseUrl,
  pool,
  generator,
  token,
  structureIds,
  clients = 50,
  durationS = 60,
  singleClientDurationS = 15,
  timeoutMs = 10_000,
  log = () => {},
}: LoadRunOptions): Promise<LoadRunFigures> => {
  const questionnaire = await (await fetch(`${baseUrl}/api/instant-t/questionnaire`)).json()
  const submission = JSON.stringify({ postalCode: '76500', answers: exampleAnswers({ questionnaire, variant: 0 }) })
  const laneCount = clients + 1
  const { rows } = await pool.query<{ id: number }>(
    `SELECT id FROM accounts WHERE structure_id = ANY($1::int[]) AND status = 'enabled' ORDER BY id LIMIT $2`,
    [structureIds, laneCount * ACCOUNTS_PER_CLIENT + 1000],
  )
  const ids = rows.map((r) => r.id)
  const lanes = Array.from({ length: laneCount }, (_, i) => ids.slice(i * ACCOUNTS_PER_CLIENT, (i + 1) * ACCOUNTS_PER_CLIENT))
  const readIds = ids.slice(laneCount * ACCOUNTS_PER_CLIENT)
  const task = (n: number, seconds: number, laneSlice: number[][], seed: number): MixedLoadTask => ({
    kind: 'mixed',
    baseUrl,
    clients: n,
    durationS: seconds,
    token,
    listPath: '/api/accounts?limit=20&sort=-createdAt&depth=0',
    readIds,
    submission,
    lanes: laneSlice,
    timeoutMs,
    seed,
    mix: MIX,
  })

  log(`Charge mixte, 1 client, ${singleClientDurationS} s (référence)…`)
  const single = await generator.run(task(1, singleClientDurationS, lanes.slice(0, 1), 1))
  log(`Charge mixte, ${clients} clients, ${durationS} s (pool par défaut)…`)
  const loadBefore = os.loadavg()[0]
  const concurrent = await generator.run(task(clients, durationS, lanes.slice(1), 2))
  const lostRows = await countLostRows({ pool, results: [single, concurrent] })
  return {
    poolSize: process.env.DB_POOL_SIZE ?? 'par défaut (10)',
    loadAverage: [loadBefore, os.loadavg()[0]].map(round),
    singleClient: summarise(single),
    concurrent: summarise(concurrent),
    lostRows,
  }
}

export const formatLoadRun = (figures: LoadRunFigures) => {
  const run = (label: string, r: RunFigures) => [
    `${label} : ${r.requests} requêtes en ${r.durationS} s, ${r.requestsPerSecond} req/s, p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms, erreurs ${r.errors}`,
    ...OPERATIONS.map((op) => `    ${op.padEnd(10)} ${String(r.byOperation[op].requests).padStart(6)} req, erreurs ${r.byOperation[op].errors}, p50 ${r.byOperation[op].p50Ms} ms, p95 ${r.byOperation[op].p95Ms} ms`),
    ...(r.errors ? [`    erreurs par statut : ${Object.entries(r.errorStatuses).map(([s, n]) => `${s} × ${n}`).join(', ')}`, ...r.errorSamples.slice(0, 5).map((s) => `      ex. ${s}`)] : []),
  ]
  const { submissions, transitions } = figures.lostRows
  return [
    `Pool de connexions du serveur : ${figures.poolSize} ; charge moyenne ${figures.loadAverage.join(' → ')}`,
    ...run(`1 client`, figures.singleClient),
    ...run(`${figures.concurrent.clients} clients`, figures.concurrent),
    `p95 sous charge ${figures.concurrent.p95Ms} ms contre ${figures.singleClient.p95Ms} ms avec 1 client`,
    `Lignes perdues : ${submissions.lost + transitions.lost + transitions.wrongFinalStatus} (soumissions ${submissions.found}/${submissions.accepted} retrouvées ; transitions acceptées ${transitions.accepted}, lignes d'historique ${transitions.historyRowsFound}, manquantes ${transitions.lost}, statut final différent ${transitions.wrongFinalStatus})`,
  ].join('\n')
}
