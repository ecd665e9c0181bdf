/**
 * The mixed load of issue #10, run inside the load generator's process (bench/core/loadWorker.ts):
 * `clients` loops for `durationS` seconds, each sending one request at a time, picked at random
 * among a staff list, a read by id, an anonymous Instant-T submission and an account transition.
 * Each client toggles its own accounts (DISABLE / ENABLE), so that no transition races another
 * and every 200 must leave one history row. Returns every latency and what must be found
 * afterwards in the database (codes of accepted submissions, accepted transitions).
 */
import { seededRandom } from '../fuzz/random'

export const OPERATIONS = ['list', 'read', 'submit', 'transition'] as const
export type Operation = (typeof OPERATIONS)[number]

export type MixedLoadTask = {
  kind: 'mixed'
  baseUrl: string
  clients: number
  durationS: number
  /** A staff token: lists, reads and transitions are sent as this user. */
  token: string
  listPath: string
  /** Documents read by id (GET /api/accounts/{id}). */
  readIds: number[]
  /** The JSON body of POST /api/instant-t. */
  submission: string
  /** One list of enabled accounts per client, toggled by that client only. */
  lanes: number[][]
  /** A request without an answer after this is an error (a hung server must not hang the bench). */
  timeoutMs: number
  seed: number
  /** Share of each operation, out of 1. */
  mix: Record<Operation, number>
}

export type OperationFigures = { requests: number; errors: number; latenciesMs: number[] }

export type MixedLoadResult = {
  clients: number
  durationMs: number
  byOperation: Record<Operation, OperationFigures>
  /** Status (or `délai dépassé`, `connexion`) → count, errors only. */
  errorStatuses: Record<string, number>
  errorSamples: string[]
  submittedCodes: string[]
  /** Accepted transitions in the order they were answered. */
  transitions: { id: number; to: string }[]
  /** Accounts whose last transition got no answer: it may or may not have been committed. */
  uncertainAccounts: number[]
}

type Outcome = { ok: boolean; status: string; body?: unknown }

const call = async ({ task, path, method = 'GET', body, anonymous = false }: { task: MixedLoadTask; path: string; method?: string; body?: string; anonymous?: boolean }): Promise<Outcome> => {
  try {
    const response = await fetch(`${task.baseUrl}${path}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(anonymous ? {} : { authorization: `JWT ${task.token}` }) },
      body,
      signal: AbortSignal.timeout(task.timeoutMs),
    })
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = text
    }
    return { ok: response.status < 300, status: String(response.status), body: parsed }
  } catch (error) {
    return { ok: false, status: (error as Error).name === 'TimeoutError' ? 'délai dépassé' : `connexion (${(error as Error).message})` }
  }
}

export const runMixedLoad = async (task: MixedLoadTask): Promise<MixedLoadResult> => {
  const result: MixedLoadResult = {
    clients: task.clients,
    durationMs: 0,
    byOperation: Object.fromEntries(OPERATIONS.map((op) => [op, { requests: 0, errors: 0, latenciesMs: [] }])) as unknown as Record<Operation, OperationFigures>,
    errorStatuses: {},
    errorSamples: [],
    submittedCodes: [],
    transitions: [],
    uncertainAccounts: [],
  }
  const started = performance.now()
  const deadline = started + task.durationS * 1000

  const client = async (index: number) => {
    const rnd = seededRandom({ seed: task.seed, stream: index })
    const states = new Map(task.lanes[index].map((id) => [id, 'enabled' as 'enabled' | 'disabled']))
    let turn = 0
    const pickOperation = (): Operation => {
      let roll = rnd.next()
      for (const op of OPERATIONS) if ((roll -= task.mix[op]) < 0) return op
      return 'list'
    }
    while (performance.now() < deadline) {
      let operation = pickOperation()
      if (operation === 'transition' && states.size === 0) operation = 'list'
      const t0 = performance.now()
      let outcome: Outcome
      if (operation === 'list') outcome = await call({ task, path: task.listPath })
      else if (operation === 'read') outcome = await call({ task, path: `/api/accounts/${rnd.pick(task.readIds)}?depth=1` })
      else if (operation === 'submit') {
        outcome = await call({ task, path: '/api/instant-t', method: 'POST', body: task.submission, anonymous: true })
        const code = (outcome.body as { code?: string })?.code
        if (outcome.ok && code) result.submittedCodes.push(code)
      } else {
        const ids = [...states.keys()]
        const id = ids[turn++ % ids.length]
        const event = states.get(id) === 'enabled' ? 'DISABLE' : 'ENABLE'
        outcome = await call({ task, path: `/api/accounts/${id}/transitions`, method: 'POST', body: JSON.stringify({ event }) })
        if (outcome.ok) {
          const to = event === 'DISABLE' ? 'disabled' : 'enabled'
          states.set(id, to)
          result.transitions.push({ id, to })
        } else {
          // Its outcome is unknown (a timeout may still commit): this account is no longer toggled.
          states.delete(id)
          result.uncertainAccounts.push(id)
        }
      }
      const figures = result.byOperation[operation]
      figures.requests++
      figures.latenciesMs.push(performance.now() - t0)
      if (!outcome.ok) {
        figures.errors++
        result.errorStatuses[outcome.status] = (result.errorStatuses[outcome.status] ?? 0) + 1
        if (result.errorSamples.length < 10) result.errorSamples.push(`${operation} → ${outcome.status} ${JSON.stringify(outcome.body ?? '').slice(0, 200)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: task.clients }, (_, i) => client(i)))
  result.durationMs = performance.now() - started
  return result
}
