import type { RoundResult } from './loadTasks'
import type { StatementCount } from './statements'

export type VariantKey = 'a' | 'b' | 'c'

export type VariantSummary = {
  key: VariantKey
  label: string
  requests: number
  errors: number
  reqPerSec: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  /** Req/s of each round, to show the spread. */
  roundsReqPerSec: number[]
  statementsPerRequest?: number
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN

const round1 = (n: number) => Math.round(n * 10) / 10
const round2 = (n: number) => Math.round(n * 100) / 100

/** Req/s over all rounds (total requests / total time); percentiles over every latency of every round. */
export const summarise = ({
  key,
  label,
  rounds,
  statements,
}: {
  key: VariantKey
  label: string
  rounds: RoundResult[]
  statements?: StatementCount
}): VariantSummary => {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0)
  const durationMs = rounds.reduce((sum, r) => sum + r.durationMs, 0)
  const sorted = rounds.flatMap((r) => r.latenciesMs).sort((x, y) => x - y)
  return {
    key,
    label,
    requests,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    reqPerSec: round1(requests / (durationMs / 1000)),
    p50Ms: round2(percentile(sorted, 50)),
    p95Ms: round2(percentile(sorted, 95)),
    p99Ms: round2(percentile(sorted, 99)),
    roundsReqPerSec: rounds.map((r) => round1(r.requests / (r.durationMs / 1000))),
    statementsPerRequest: statements ? round2(statements.perRequest) : undefined,
  }
}

export type Ratios = { aOverB: { reqPerSec: number; p50: number }; aOverC: { reqPerSec: number; p50: number } }

export const ratiosOf = ({ a, b, c }: Record<VariantKey, VariantSummary>): Ratios => ({
  aOverB: { reqPerSec: round2(a.reqPerSec / b.reqPerSec), p50: round2(a.p50Ms / b.p50Ms) },
  aOverC: { reqPerSec: round2(a.reqPerSec / c.reqPerSec), p50: round2(a.p50Ms / c.p50Ms) },
})

const pad = (value: unknown, width: number) => String(value ?? '–').padStart(width)

export const formatTable = ({ variants, ratios }: { variants: VariantSummary[]; ratios: Ratios }) => {
  const lines = [
    `${'variante'.padEnd(58)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}${pad('SQL/req', 9)}${pad('requêtes', 10)}${pad('erreurs', 9)}  req/s par manche`,
    ...variants.map(
      (v) =>
        `${`(${v.key}) ${v.label}`.padEnd(58)}${pad(v.reqPerSec, 9)}${pad(v.p50Ms, 9)}${pad(v.p95Ms, 9)}${pad(v.p99Ms, 9)}${pad(v.statementsPerRequest, 9)}${pad(v.requests, 10)}${pad(v.errors, 9)}  ${v.roundsReqPerSec.join(' / ')}`,
    ),
    '',
    `a/b : débit ×${ratios.aOverB.reqPerSec}, p50 ×${ratios.aOverB.p50}   (coût du contrôle d'accès par structures)`,
    `a/c : débit ×${ratios.aOverC.reqPerSec}, p50 ×${ratios.aOverC.p50}   (coût de Payload + HTTP par rapport au SQL seul)`,
  ]
  return lines.join('\n')
}
