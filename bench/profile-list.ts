/**
 * Where the app CPU of a staff list goes (issue #16): `npm run bench`'s list variants (a, b, d, e;
 * x is b without the omitted-group workaround),
 * each run alone against the bench's server and fixtures, with the CPU per request and a V8
 * sampling profile of the server's process broken down by cause (self time per package or file,
 * and the inclusive time of the Payload stages named in STAGES). A tool for a before/after of a
 * change, not a benchmark: `npm run bench` stays the figure of record.
 *
 *   BENCH_PORT=3391 BENCH_POSTGRES_PORT=54396 BENCH_SMTP_PORT=2796 \
 *     node --conditions=development --import tsx bench/profile-list.ts [variants, e.g. b,d] [seconds]
 *
 * `PROFILE_TOP` lists more files and functions (25 by default).
 * With `PROFILE_SAVE=1` each variant's profile is written to bench/results/*.cpuprofile (Chrome's
 * DevTools open it).
 */
import './core/processEnv'
import { mkdir, writeFile } from 'node:fs/promises'
import type { Profiler, Runtime } from 'node:inspector'
import { Session } from 'node:inspector/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

import { startBenchCluster } from './core/cluster'
import { BENCH, benchServerURL } from './core/env'
import { createBenchFixtures } from './core/fixtures'
import { listUrls } from './core/listUrls'
import { getJson, loginToken, type ListPage } from './core/http'
import { startLoadGenerator } from './core/loadGenerator'
import { appCpuMs } from './core/cpu'
import { countStatements } from './core/statements'
import { dropAddedGroups, skipOmittedGroups } from '../src/kernel/db/omittedGroups'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(benchDir, '..')
const VARIANTS = (process.argv[2] ?? 'b,d,a,e').split(',')
const SECONDS = Number(process.argv[3] ?? 5)
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 3)
const CONNECTIONS = 4
const TOP = Number(process.env.PROFILE_TOP ?? 25)

/**
 * Stages whose inclusive time is reported: a sample counts for a stage when one of the stage's
 * functions is on its (synchronous) stack. Async continuations start a new stack, so these are
 * lower bounds of what each stage costs.
 */
const STAGES: { label: string; match: (frame: Runtime.CallFrame) => boolean }[] = [
  { label: 'payload afterRead (champs, hooks, accès de champ)', match: (f) => f.url.includes('/payload/dist/fields/hooks/afterRead/') },
  { label: 'payload field access (getFieldPermissions & co)', match: (f) => /\/payload\/dist\/auth\/(getAccessResults|getEntityPermissions)/.test(f.url) },
  { label: 'drizzle: SQL building (toSQL / buildQueryConfig)', match: (f) => f.url.includes('drizzle-orm') && /^(_?toSQL|buildSQL|sqlToQuery|buildRelationalQuery|_getQuery|buildSelectQuery|buildQueryConfig|getSQL)$/.test(f.functionName) },
  { label: '@payloadcms/drizzle: buildQuery / find', match: (f) => f.url.includes('@payloadcms/drizzle') && /buildQuery|buildFindManyArgs|findMany|traverseFields|getTableColumnFromPath|parseParams/.test(f.url + f.functionName) },
  { label: '@payloadcms/drizzle: transform (rows → docs)', match: (f) => f.url.includes('@payloadcms/drizzle/dist/transform/read') },
  { label: 'payload sanitize / select helpers', match: (f) => /\/payload\/dist\/(utilities\/(getSelectMode|sanitize|stripUnselected)|database\/(sanitizeWhere|getLocalizedPaths|validateQueryPaths))/.test(f.url) },
  { label: 'payload validateQueryPaths', match: (f) => f.url.includes('validateQueryPaths') },
  { label: 'JSON.stringify / response', match: (f) => f.functionName === 'stringify' || f.url.includes('/next/dist/server/') },
  { label: 'pg (protocol, parsing)', match: (f) => /node_modules\/(pg|pg-protocol|pg-types|postgres-date)\//.test(f.url) },
  { label: 'express + host', match: (f) => /node_modules\/(express|router|helmet|pino|pino-http|body-parser)\//.test(f.url) || f.url.includes('/src/host/') },
  { label: 'our code (src/, plugins/, collections/)', match: (f) => /\/wt-[^/]+\/(src|plugins|collections)\//.test(f.url) || (f.url.startsWith(`file://${root}/`) && !f.url.includes('node_modules')) },
]

/** The package (or our own folder) a frame's code belongs to. */
const ownerOf = (frame: Runtime.CallFrame): string => {
  const { url, functionName } = frame
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
    const sub = rest[0].startsWith('@') ? rest.slice(2) : rest.slice(1)
    // Payload's own folders tell the stages apart.
    if (name === 'payload' || name === '@payloadcms/drizzle' || name === 'drizzle-orm') return `${name}/${sub.slice(0, sub[0] === 'dist' ? 3 : 2).join('/')}`
    return name
  }
  return url.replace(`file://${root}/`, '')
}

type Breakdown = { totalMs: number; byOwner: Map<string, number>; byFunction: Map<string, number>; byStage: Map<string, number> }

const analyse = (profile: Profiler.Profile): Breakdown => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const byOwner = new Map<string, number>()
  const byFunction = new Map<string, number>()
  const byStage = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms)
  let totalMs = 0
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000
    const leaf = nodes.get(samples[i])!
    if (leaf.callFrame.functionName === '(idle)') continue
    totalMs += ms
    add(byOwner, ownerOf(leaf.callFrame), ms)
    add(byFunction, `${leaf.callFrame.functionName || '(anonymous)'} ${ownerOf(leaf.callFrame)}:${leaf.callFrame.lineNumber + 1}`, ms)
    const stages = new Set<string>()
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)!.callFrame
      for (const stage of STAGES) if (stage.match(frame)) stages.add(stage.label)
    }
    for (const stage of stages) add(byStage, stage, ms)
  }
  return { totalMs, byOwner, byFunction, byStage }
}

const log = (message: string) => console.log(`[profile] ${message}`)

const cluster = await startBenchCluster({ log })
process.env.DATABASE_URL = cluster.url
const { startMailCatcher } = await import('../src/host/email/mailCatcher')
const mailCatcher = await startMailCatcher({ port: BENCH.smtpPort, dir: path.resolve('.data/mail-bench') })
const { startServer } = await import('../src/host/server')
log('Démarrage du serveur…')
const server = await startServer({ ui: false, port: BENCH.port, profile: 'bench', seed: true })
const { getPayload } = await import('payload')
const payload = await getPayload({ config: (await import('../payload.config')).default })
const pool = new pg.Pool({ connectionString: cluster.url, max: 2 })
log('Fixtures…')
const fixtures = await createBenchFixtures({ payload, pool })
const staffToken = await loginToken({ baseUrl: benchServerURL, email: fixtures.staffEmail, password: BENCH.password })
const superAdminToken = await loginToken({ baseUrl: benchServerURL, email: 'super-admin@tremplin.test', password: BENCH.password })

// The very URLs of bench/core/main.ts.
const urls = listUrls({ payload, staffStructureIds: fixtures.staffStructureIds })
type Variant = { url: string; token: string; without?: { collection: string; hooks: unknown[] } }
const variants: Record<string, Variant> = {
  a: { url: urls.a, token: staffToken },
  b: { url: urls.b, token: superAdminToken },
  d: { url: urls.d, token: staffToken },
  e: { url: urls.e, token: staffToken },
  // b as it ran before the omitted-group workaround (src/kernel/db/omittedGroups.ts): its hooks
  // are taken off the accounts while this variant runs, in this process only.
  x: { url: urls.b, token: superAdminToken, without: { collection: 'accounts', hooks: [skipOmittedGroups, dropAddedGroups] } },
}

/** Runs `task` with the variant's `without` hooks taken off their collection, then puts them back. */
const running = async <T>(variant: Variant, task: () => Promise<T>): Promise<T> => {
  if (!variant.without) return task()
  const hooks = payload.collections[variant.without.collection as 'accounts'].config.hooks as Record<string, unknown[]>
  const saved = Object.fromEntries(Object.entries(hooks).map(([name, list]) => [name, list]))
  for (const name of Object.keys(hooks)) hooks[name] = (hooks[name] ?? []).filter((hook) => !variant.without!.hooks.includes(hook))
  try {
    return await task()
  } finally {
    Object.assign(hooks, saved)
  }
}
for (const [key, variant] of Object.entries(variants)) {
  const page = await running(variant, () => getJson<ListPage>({ url: variant.url, token: variant.token }))
  log(`${key}: ${page.totalDocs} documents, ${page.docs.length} sur la page, ${Object.keys(page.docs[0] ?? {}).length} clés : ${Object.keys(page.docs[0] ?? {}).join(', ')}`)
}

const generator = startLoadGenerator()
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 200 })
const fmt = (ms: number, requests: number) => `${(ms / requests).toFixed(3).padStart(7)} ms`

const taskOf = (key: string, durationS: number) => ({ kind: 'http' as const, url: variants[key].url, headers: { authorization: `JWT ${variants[key].token}` }, connections: CONNECTIONS, durationS })
log(`Échauffement (3 s par variante), puis ${ROUNDS} manches de ${SECONDS} s par variante, en alternance…`)
for (const key of VARIANTS) await running(variants[key], () => generator.run(taskOf(key, 3)))
// CPU per request without the profiler, interleaved and rotated (the machine is shared): the median round.
const plainRounds: Record<string, number[]> = Object.fromEntries(VARIANTS.map((key) => [key, []]))
for (let round = 0; round < ROUNDS; round++) {
  for (const key of VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length])) {
    const before = appCpuMs()
    const result = await running(variants[key], () => generator.run(taskOf(key, SECONDS)))
    plainRounds[key].push((appCpuMs() - before) / result.requests)
  }
}
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]
console.log('\n=== app CPU par requête (ms, médiane des manches ; manches entre crochets)')
for (const key of VARIANTS) console.log(`  ${key}: ${median(plainRounds[key]).toFixed(3)}  [${plainRounds[key].map((ms) => ms.toFixed(2)).join(', ')}]  ×${(median(plainRounds[key]) / median(plainRounds[VARIANTS.includes('d') ? 'd' : VARIANTS[0]])).toFixed(2)} de ${VARIANTS.includes('d') ? 'd' : VARIANTS[0]}`)

for (const key of VARIANTS) {
  const { url, token } = variants[key]
  const { profiled, profile } = await running(variants[key], async () => {
    await session.post('Profiler.start')
    const profiled = await generator.run(taskOf(key, SECONDS))
    return { profiled, ...(await session.post('Profiler.stop')) }
  })
  const breakdown = analyse(profile)
  const n = profiled.requests
  console.log(`\n=== ${key}: ${url.replace(benchServerURL, '')}`)
  const statements = await running(variants[key], () => countStatements({ pool, requests: 10, send: () => getJson({ url, token }) }))
  console.log(`SQL : ${statements.perRequest.toFixed(2)} requêtes par requête HTTP`)
  for (const s of statements.breakdown) console.log(`  ${s.perRequest.toFixed(2).padStart(5)} × ${s.query.slice(0, Number(process.env.PROFILE_SQL_CHARS ?? 160))}`)
  console.log(`profilé : ${fmt(breakdown.totalMs, n)}/requête échantillonnées (${n} requêtes, ${profiled.errors} erreurs ; le profileur ajoute son coût)`)
  console.log('-- étapes (inclusif, pile synchrone) :')
  for (const [label, ms] of [...breakdown.byStage].sort((x, y) => y[1] - x[1])) console.log(`  ${fmt(ms, n)} ${((100 * ms) / breakdown.totalMs).toFixed(1).padStart(5)} %  ${label}`)
  console.log('-- temps propre par paquet / fichier :')
  for (const [owner, ms] of [...breakdown.byOwner].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${fmt(ms, n)} ${((100 * ms) / breakdown.totalMs).toFixed(1).padStart(5)} %  ${owner}`)
  console.log('-- temps propre par fonction :')
  for (const [fn, ms] of [...breakdown.byFunction].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${fmt(ms, n)} ${((100 * ms) / breakdown.totalMs).toFixed(1).padStart(5)} %  ${fn}`)
  if (process.env.PROFILE_SAVE) {
    await mkdir(path.join(benchDir, 'results'), { recursive: true })
    const file = path.join(benchDir, 'results', `profile-${key}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`)
    await writeFile(file, JSON.stringify(profile))
    log(`profil : ${path.relative(root, file)}`)
  }
}

await generator.stop()
session.disconnect()
// Requests still in flight when the generator stops must end before the pool does.
await new Promise((resolve) => setTimeout(resolve, 1000))
await pool.end()
await server.close()
await mailCatcher.stop()
await cluster.stop()
process.exit(0)
