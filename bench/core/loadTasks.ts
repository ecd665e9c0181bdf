import { createRequire } from 'node:module'
import pg from 'pg'

import { runMixedLoad, type MixedLoadResult, type MixedLoadTask } from '../load/mixedLoad'

/** What one measured round ran: every latency (ms) and the wall time. */
export type RoundResult = { requests: number; errors: number; durationMs: number; latenciesMs: number[] }

export type HttpTask = {
  kind: 'http'
  url: string
  headers: Record<string, string>
  connections: number
  durationS: number
  /** A write (the Instant-T submission): its method, body and the status that counts as success. */
  method?: 'GET' | 'POST'
  body?: string
  expectedStatus?: number
  /** Each request from its own address (`X-Forwarded-For`): see bench/instant-t.ts. */
  distinctAddresses?: boolean
}
export type SqlTask = {
  kind: 'sql'
  databaseUrl: string
  structureIds: number[]
  connections: number
  durationS: number
}
export type LoadTask = HttpTask | SqlTask | MixedLoadTask
/** What a task returns: a measured round, or the mixed load's detailed figures. */
export type LoadResultOf<T extends LoadTask> = T extends MixedLoadTask ? MixedLoadResult : RoundResult

type AutocannonInstance = {
  on: (event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void) => void
}
type AutocannonResult = { errors: number; timeouts: number; non2xx: number }
type Autocannon = (
  options: {
    url: string
    headers: Record<string, string>
    connections: number
    duration: number
    method?: string
    body?: string
    setupRequest?: (request: { headers?: Record<string, string> }) => { headers?: Record<string, string> }
  },
  done: (error: unknown, result: AutocannonResult) => void,
) => AutocannonInstance

// autocannon is CommonJS and ships no types.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

let lastAddress = 0
/** 10.x.y.z, a new one each call. */
const nextAddress = () => {
  lastAddress += 1
  return `10.${(lastAddress >> 16) & 255}.${(lastAddress >> 8) & 255}.${lastAddress & 255}`
}

const runHttp = (task: HttpTask): Promise<RoundResult> =>
  new Promise((resolve, reject) => {
    const latenciesMs: number[] = []
    let failed = 0
    const started = performance.now()
    const expected = task.expectedStatus ?? 200
    const instance = autocannon(
      {
        url: task.url,
        headers: task.headers,
        connections: task.connections,
        duration: task.durationS,
        ...(task.method ? { method: task.method } : {}),
        ...(task.body !== undefined ? { body: task.body } : {}),
        ...(task.distinctAddresses ? { setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': nextAddress() } }) } : {}),
      },
      (error, result) => {
        if (error) return reject(error)
        resolve({
          requests: latenciesMs.length,
          errors: failed + result.errors + result.timeouts,
          durationMs: performance.now() - started,
          latenciesMs,
        })
      },
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== expected) failed++
      latenciesMs.push(responseTime)
    })
  })

/** The list Payload serves, written by hand: the page and the total, like Payload's two statements. */
export const LIST_SQL = 'SELECT * FROM accounts WHERE structure_id = ANY($1::int[]) ORDER BY created_at DESC LIMIT 20'
export const COUNT_SQL = 'SELECT count(*) AS total FROM accounts WHERE structure_id = ANY($1::int[])'

/** `connections` loops, each on its own pooled client, for `durationS` seconds. */
const runSql = async (task: SqlTask): Promise<RoundResult> => {
  const pool = new pg.Pool({ connectionString: task.databaseUrl, max: task.connections })
  try {
    const latenciesMs: number[] = []
    let errors = 0
    const started = performance.now()
    const deadline = started + task.durationS * 1000
    const loop = async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now()
        try {
          const client = await pool.connect()
          try {
            await client.query(LIST_SQL, [task.structureIds])
            await client.query(COUNT_SQL, [task.structureIds])
          } finally {
            client.release()
          }
          latenciesMs.push(performance.now() - t0)
        } catch {
          errors++
        }
      }
    }
    await Promise.all(Array.from({ length: task.connections }, loop))
    return { requests: latenciesMs.length, errors, durationMs: performance.now() - started, latenciesMs }
  } finally {
    await pool.end()
  }
}

export const runLoadTask = (task: LoadTask): Promise<RoundResult | MixedLoadResult> =>
  task.kind === 'http' ? runHttp(task) : task.kind === 'sql' ? runSql(task) : runMixedLoad(task)
