import type { CpuSample } from './cpu'
import type { RoundResult } from './loadTasks'
import type { StatementCount } from './statements'

export type VariantKey = 'a' | 'b' | 'c' | 'd' | 'e'

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
  /** CPU ms per request of the app process and of PostgreSQL, over every round. */
  appCpuMsPerRequest?: number
  postgresCpuMsPerRequest?: number
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
  cpu = [],
}: {
  key: VariantKey
  label: string
  rounds: RoundResult[]
  statements?: StatementCount
  cpu?: CpuSample[]
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
    appCpuMsPerRequest: cpu.length && requests ? round2(cpu.reduce((sum, c) => sum + c.appMs, 0) / requests) : undefined,
    postgresCpuMsPerRequest: cpu.length && requests ? round2(cpu.reduce((sum, c) => sum + c.postgresMs, 0) / requests) : undefined,
  }
}

type Ratio = { reqPerSec: number; p50: number; appCpu?: number }
export type Ratios = { aOverB: Ratio; aOverC: Ratio; aOverD: Ratio; eOverD: Ratio }

const ratio = (x: VariantSummary, y: VariantSummary): Ratio => ({
  reqPerSec: round2(x.reqPerSec / y.reqPerSec),
  p50: round2(x.p50Ms / y.p50Ms),
  appCpu: x.appCpuMsPerRequest && y.appCpuMsPerRequest ? round2(x.appCpuMsPerRequest / y.appCpuMsPerRequest) : undefined,
})

export const ratiosOf = ({ a, b, c, d, e }: Record<VariantKey, VariantSummary>): Ratios => ({
  aOverB: ratio(a, b),
  aOverC: ratio(a, c),
  aOverD: ratio(a, d),
  eOverD: ratio(e, d),
})

const pad = (value: unknown, width: number) => String(value ?? '–').padStart(width)

export const formatTable = ({ variants, ratios }: { variants: VariantSummary[]; ratios: Ratios }) => {
  const lines = [
    `${'variante'.padEnd(58)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}${pad('SQL/req', 9)}${pad('CPU app', 9)}${pad('CPU pg', 9)}${pad('requêtes', 10)}${pad('erreurs', 9)}  req/s par manche`,
    ...variants.map(
      (v) =>
        `${`(${v.key}) ${v.label}`.padEnd(58)}${pad(v.reqPerSec, 9)}${pad(v.p50Ms, 9)}${pad(v.p95Ms, 9)}${pad(v.p99Ms, 9)}${pad(v.statementsPerRequest, 9)}${pad(v.appCpuMsPerRequest, 9)}${pad(v.postgresCpuMsPerRequest, 9)}${pad(v.requests, 10)}${pad(v.errors, 9)}  ${v.roundsReqPerSec.join(' / ')}`,
    ),
    '',
    `a/b : débit ×${ratios.aOverB.reqPerSec}, p50 ×${ratios.aOverB.p50}   (coût du contrôle d'accès par structures)`,
    `a/c : débit ×${ratios.aOverC.reqPerSec}, p50 ×${ratios.aOverC.p50}   (coût de Payload + HTTP par rapport au SQL seul)`,
    `a/d : débit ×${ratios.aOverD.reqPerSec}, p50 ×${ratios.aOverD.p50}, CPU app ×${ratios.aOverD.appCpu ?? '–'}   (liste des comptes par rapport à Payload nu ; cible débit ≥ 0,9, CPU app ≤ 1,2)`,
    `e/d : débit ×${ratios.eOverD.reqPerSec}, p50 ×${ratios.eOverD.p50}, CPU app ×${ratios.eOverD.appCpu ?? '–'}   (la même liste avec tous les champs du compte, sans select)`,
    '(CPU app et CPU pg : millisecondes de CPU par requête, du processus serveur et de PostgreSQL)',
  ]
  return lines.join('\n')
}
