/**
 * The bench itself, run by bench/run.ts in a child process: the differential access fuzz on the
 * demo data (issue #10); the accounts list under access control, against the same list without
 * it and against plain SQL, on 100k accounts, in one interleaved run; the module benches; last,
 * the mixed load run with the default pool (last because, while concurrent transitions can
 * exhaust the pool, it may leave the server hung). A benchmark, not a test: it prints figures
 * and never fails on timings.
 */
// First: the bench's environment, before any module reads the kernel's env.
import './processEnv'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

import { runAccessFuzz } from '../fuzz/accessFuzz'
import { formatAccessFuzz } from '../fuzz/formatAccessFuzz'
import { formatLoadRun, runLoad } from '../load/loadRun'
import { formatCorpusReport, runMalformedCorpus } from '../fuzz/malformedCorpus'
import { startBenchCluster } from './cluster'
import { env } from '../../src/kernel/config/env'
import { BENCH, BENCH_ANONYMOUS_WRITES_LIMIT, benchServerURL } from './env'
import { createBenchFixtures } from './fixtures'
import { getJson, loginToken, type ListPage } from './http'
import { listUrls } from './listUrls'
import { startLoadGenerator } from './loadGenerator'
import { COUNT_SQL, LIST_SQL, type HttpTask, type RoundResult, type SqlTask } from './loadTasks'
import { runModuleBenches } from './modules'
import { measureCpu, type CpuSample } from './cpu'
import { countStatements, type StatementCount } from './statements'
import { formatTable, ratiosOf, summarise, type VariantKey } from './summary'

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CONNECTIONS = 4
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4)
const ROUND_S = Number(process.env.BENCH_ROUND_SECONDS ?? 5)
const WARMUP_S = 2
const COUNTED_REQUESTS = 30
const FUZZ_REQUESTS = Number(process.env.BENCH_FUZZ_REQUESTS ?? 10_000)
/**
 * `BENCH_FUZZ_REQUESTS=0` and `BENCH_MALFORMED_CORPUS=off` leave out the two checks (some ten
 * minutes on a loaded machine) when only the figures are wanted: a before/after of a change.
 */
const RUN_MALFORMED_CORPUS = process.env.BENCH_MALFORMED_CORPUS !== 'off'
const FUZZ_SEED = Number(process.env.BENCH_FUZZ_SEED ?? 20261130)
const LOAD_CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 50)
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60)
/** Past this, something is stuck (a module that never finishes loading, a lock): say so and stop. */
const WATCHDOG_MS = 40 * 60 * 1000
/** A hung server (see the load run) must not keep the bench from ending. */
const SHUTDOWN_LIMIT_MS = 15_000

const started = Date.now()
const log = (message: string) => console.log(`[bench +${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`)

const cluster = await startBenchCluster({ log })
const watchdog = setTimeout(() => {
  log(`Bench interrompu au bout de ${WATCHDOG_MS / 60_000} min`)
  cluster.stop().finally(() => process.exit(1))
}, WATCHDOG_MS)
watchdog.unref()

process.env.DATABASE_URL = cluster.url
// The limiter must not be what the Instant-T figures measure: stop rather than print its 429s.
if (env.rateLimit.anonymousWrites !== BENCH_ANONYMOUS_WRITES_LIMIT) throw new Error('Bench : l’environnement du bench a été appliqué après la lecture de src/kernel/config/env.ts')
// The demo seed's lifecycle effects send e-mails: a local catcher takes them (nothing leaves the machine).
const { startMailCatcher } = await import('../../src/host/email/mailCatcher')
const mailCatcher = await startMailCatcher({ port: BENCH.smtpPort, dir: path.resolve('.data/mail-bench') })
const { startServer } = await import('../../src/host/server')
const warnings: string[] = []
log('Démarrage du serveur (schéma poussé, données de démonstration)…')
const server = await startServer({ ui: false, port: BENCH.port, profile: 'bench', seed: true }).catch(async (error) => {
  // A module's seed step failing must not hide the core figures: the core demo data is already in.
  warnings.push(`Seed de démonstration en échec : ${String(error)}`)
  log(warnings.at(-1)!)
  return startServer({ ui: false, port: BENCH.port, profile: 'bench', seed: false })
})
const { getPayload } = await import('payload')
const payload = await getPayload({ config: (await import('../../payload.config')).default })
const pool = new pg.Pool({ connectionString: cluster.url, max: CONNECTIONS })
process.send?.({ type: 'ready' })

// On the demo data alone, before the 100k bench accounts: the ground truth reads every readable
// document of every collection for each caller.
// Payload logs every refused GraphQL read with its stack (thousands here): the fuzz counts and reports them itself.
const logLevel = payload.logger.level
let accessFuzz: Awaited<ReturnType<typeof runAccessFuzz>> | null = null
if (FUZZ_REQUESTS > 0) {
  log(`Fuzz différentiel des droits de lecture (${FUZZ_REQUESTS} requêtes)…`)
  payload.logger.level = 'fatal'
  accessFuzz = await runAccessFuzz({ baseURL: benchServerURL, payload, seed: FUZZ_SEED, requests: FUZZ_REQUESTS, password: BENCH.password, log: (m) => log(`[fuzz] ${m}`) }).finally(() => {
    payload.logger.level = logLevel
  })
  console.log(`\n=== Fuzz différentiel des droits de lecture ===\n${formatAccessFuzz(accessFuzz)}\n`)
}

// ── Malformed-body corpus (issue #10): every create, update, transition and anonymous endpoint,
// on the demo data, after the read-only fuzz and before the bench's own fixtures.
let malformedCorpus: Awaited<ReturnType<typeof runMalformedCorpus>> | null = null
if (RUN_MALFORMED_CORPUS) {
  log('Corpus de requêtes malformées…')
  payload.logger.level = 'fatal'
  malformedCorpus = await runMalformedCorpus({ baseURL: benchServerURL, databaseUrl: cluster.url, seed: 1, config: payload.config, log: (m) => log(`[corpus] ${m}`) }).finally(() => {
    payload.logger.level = logLevel
  })
  console.log(`\n=== Corpus malformé ===\n${formatCorpusReport(malformedCorpus)}\n`)
}

log(`Insertion de ${BENCH.accounts} comptes sur ${BENCH.structures} structures…`)
const fixtures = await createBenchFixtures({ payload, pool })
log(`Utilisateur ${fixtures.staffEmail} (referent-accounts) sur 3 structures : ${fixtures.accountsInStaffScope} comptes visibles`)

const staffToken = await loginToken({ baseUrl: benchServerURL, email: fixtures.staffEmail, password: BENCH.password })
const superAdminToken = await loginToken({ baseUrl: benchServerURL, email: 'super-admin@tremplin.test', password: BENCH.password })

const urls = listUrls({ payload, staffStructureIds: fixtures.staffStructureIds })

// The three variants must return the same page, or the comparison means nothing.
const pageA = await getJson<ListPage>({ url: urls.a, token: staffToken })
const pageB = await getJson<ListPage>({ url: urls.b, token: superAdminToken })
const pageC = await pool.query<{ id: number }>(LIST_SQL, [fixtures.staffStructureIds])
const idsOf = (ids: number[]) => ids.join(',')
const pageD = await getJson<ListPage>({ url: urls.d, token: staffToken })
const pageE = await getJson<ListPage>({ url: urls.e, token: staffToken })
const samePage =
  pageA.totalDocs === pageB.totalDocs &&
  pageA.totalDocs === pageD.totalDocs &&
  pageA.totalDocs === pageE.totalDocs &&
  idsOf(pageA.docs.map((d) => d.id)) === idsOf(pageE.docs.map((d) => d.id)) &&
  pageA.totalDocs === fixtures.accountsInStaffScope &&
  idsOf(pageA.docs.map((d) => d.id)) === idsOf(pageB.docs.map((d) => d.id)) &&
  idsOf(pageA.docs.map((d) => d.id)) === idsOf(pageC.rows.map((r) => r.id))
if (!samePage) warnings.push(`Les variantes ne renvoient pas la même page (a: ${pageA.totalDocs}, b: ${pageB.totalDocs}, d: ${pageD.totalDocs}, e: ${pageE.totalDocs}, attendu ${fixtures.accountsInStaffScope})`)
log(`Même page pour a, b, c, d et e : ${samePage ? 'oui' : 'NON'} (totalDocs ${pageA.totalDocs})`)

const tasks: Record<VariantKey, (durationS: number) => HttpTask | SqlTask> = {
  a: (durationS) => ({ kind: 'http', url: urls.a, headers: { authorization: `JWT ${staffToken}` }, connections: CONNECTIONS, durationS }),
  b: (durationS) => ({ kind: 'http', url: urls.b, headers: { authorization: `JWT ${superAdminToken}` }, connections: CONNECTIONS, durationS }),
  c: (durationS) => ({ kind: 'sql', databaseUrl: cluster.url, structureIds: fixtures.staffStructureIds, connections: CONNECTIONS, durationS }),
  d: (durationS) => ({ kind: 'http', url: urls.d, headers: { authorization: `JWT ${staffToken}` }, connections: CONNECTIONS, durationS }),
  e: (durationS) => ({ kind: 'http', url: urls.e, headers: { authorization: `JWT ${staffToken}` }, connections: CONNECTIONS, durationS }),
}
const labels: Record<VariantKey, string> = {
  a: 'liste REST, référent comptes (3 structures), colonnes',
  b: 'liste REST, super-admin + where[structure][in], colonnes',
  c: 'SQL direct (pg) : page + COUNT',
  d: 'liste REST, collection nue (10 champs), même filtre',
  e: 'liste REST, référent comptes, tous les champs',
}
const keys: VariantKey[] = ['a', 'b', 'c', 'd', 'e']

const generator = startLoadGenerator()
log(`Échauffement (${WARMUP_S} s par variante)…`)
for (const key of keys) await generator.run(tasks[key](WARMUP_S))

log(`Comptage des requêtes SQL par requête HTTP (${COUNTED_REQUESTS} requêtes séquentielles par variante)…`)
const statements: Record<VariantKey, StatementCount> = {
  a: await countStatements({ pool, requests: COUNTED_REQUESTS, send: () => getJson({ url: urls.a, token: staffToken }) }),
  b: await countStatements({ pool, requests: COUNTED_REQUESTS, send: () => getJson({ url: urls.b, token: superAdminToken }) }),
  c: await countStatements({
    pool,
    requests: COUNTED_REQUESTS,
    send: async () => {
      await pool.query(LIST_SQL, [fixtures.staffStructureIds])
      await pool.query(COUNT_SQL, [fixtures.staffStructureIds])
    },
  }),
  d: await countStatements({ pool, requests: COUNTED_REQUESTS, send: () => getJson({ url: urls.d, token: staffToken }) }),
  e: await countStatements({ pool, requests: COUNTED_REQUESTS, send: () => getJson({ url: urls.e, token: staffToken }) }),
}

const rounds: Record<VariantKey, RoundResult[]> = { a: [], b: [], c: [], d: [], e: [] }
// CPU per request (issue #16): steadier than requests per second on a shared machine.
const cpu: Record<VariantKey, CpuSample[]> = { a: [], b: [], c: [], d: [], e: [] }
const loadDuringRounds: number[] = []
for (let r = 0; r < ROUNDS; r++) {
  // Rotate the order so that no variant always runs first (or right after another one).
  const order = keys.map((_, i) => keys[(i + r) % keys.length])
  log(`Manche ${r + 1}/${ROUNDS} (${order.join(', ')}, ${ROUND_S} s chacune, ${CONNECTIONS} connexions)`)
  for (const key of order) {
    const measured = await measureCpu(() => generator.run(tasks[key](ROUND_S)))
    rounds[key].push(measured.result)
    cpu[key].push(measured.cpu)
  }
  loadDuringRounds.push(os.loadavg()[0])
}
await generator.stop()

const variants = keys.map((key) => summarise({ key, label: labels[key], rounds: rounds[key], statements: statements[key], cpu: cpu[key] }))
const byKey = Object.fromEntries(variants.map((v) => [v.key, v])) as Record<VariantKey, (typeof variants)[number]>
const ratios = ratiosOf(byKey)

console.log(`\n=== Bench liste des comptes : ${BENCH.accounts} comptes, ${fixtures.accountsInStaffScope} dans le périmètre, ${os.cpus().length} cœurs, charge moyenne ${loadDuringRounds.map((l) => l.toFixed(1)).join(' / ')} ===`)
console.log(formatTable({ variants, ratios }))
for (const key of ['a', 'b', 'd', 'e'] as const) {
  console.log(`\nRequêtes SQL par requête HTTP, variante ${key} (${statements[key].perRequest.toFixed(2)}) :`)
  for (const s of statements[key].breakdown) console.log(`  ${s.perRequest.toFixed(2).padStart(5)} × ${s.query.slice(0, 150)}`)
}
for (const warning of warnings) console.log(`\nAttention : ${warning}`)

log('Benchs des modules…')
const modules = await runModuleBenches({ benchDir, args: { baseUrl: benchServerURL, pool, log, payload, databaseUrl: cluster.url }, log })
for (const outcome of modules) console.log(`module ${outcome.module} : ${outcome.ok ? 'ok' : `échec (${outcome.error})`} en ${outcome.durationMs} ms`)

log(`Charge mixte : ${LOAD_CLIENTS} clients pendant ${LOAD_SECONDS} s, pool par défaut…`)
const loadGenerator = startLoadGenerator()
const loadRun = await runLoad({
  baseUrl: benchServerURL,
  pool,
  generator: loadGenerator,
  token: staffToken,
  structureIds: fixtures.staffStructureIds,
  clients: LOAD_CLIENTS,
  durationS: LOAD_SECONDS,
  log,
}).finally(() => loadGenerator.stop())
console.log(`\n=== Charge mixte (liste, lecture, soumission anonyme, transition) ===\n${formatLoadRun(loadRun)}\n`)

const resultsDir = path.join(benchDir, 'results')
await mkdir(resultsDir, { recursive: true })
const resultFile = path.join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
await writeFile(
  resultFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavgDuringRounds: loadDuringRounds, node: process.version },
      settings: { accounts: BENCH.accounts, structures: BENCH.structures, connections: CONNECTIONS, rounds: ROUNDS, roundSeconds: ROUND_S, warmupSeconds: WARMUP_S },
      fixtures,
      samePage,
      urls,
      sql: { list: LIST_SQL, count: COUNT_SQL },
      variants,
      ratios,
      statements,
      modules,
      accessFuzz,
      malformedCorpus,
      loadRun,
      warnings,
    },
    null,
    2,
  ),
)
log(`Résultats : ${path.relative(process.cwd(), resultFile)}`)

const withinLimit = (label: string, task: () => Promise<unknown>) =>
  Promise.race([
    task().catch((error) => log(`${label} : ${String(error)}`)),
    new Promise((resolve) => setTimeout(resolve, SHUTDOWN_LIMIT_MS).unref()).then(() => log(`${label} : pas fini après ${SHUTDOWN_LIMIT_MS / 1000} s, on continue`)),
  ])
// A server left hung by the load run still holds pooled connections: stopping PostgreSQL terminates
// them (57P01, « Connection terminated unexpectedly »), and pg raises that on clients nobody
// listens to any more. Expected here, and only here.
process.on('uncaughtException', (error: Error & { code?: string }) => {
  if (error.code === '57P01' || /Connection terminated/.test(error.message)) return
  console.error(error)
  process.exit(1)
})
await withinLimit('Fermeture du pool du bench', () => pool.end())
await withinLimit('Arrêt du serveur', () => server.close())
await withinLimit('Arrêt du récepteur SMTP', () => mailCatcher.stop())
await withinLimit('Arrêt de PostgreSQL', () => cluster.stop())
log('Terminé')
process.exit(0)
