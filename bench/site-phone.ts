/**
 * Phone budgets of the young people's site (issue #14): every page of the site loaded in Debian's
 * Chromium as a mid-range phone on a slow 4G network (Lighthouse's mobile profile, applied through
 * the DevTools protocol), against the production build. Prints, per page, TTFB, FCP, LCP, bytes
 * transferred and JavaScript bytes (compressed, as sent), and whether each budget holds.
 * A benchmark, not a test: it never fails on timings, it says which budget a page misses.
 *
 * In `npm run bench` it runs with the module benches; alone:
 * `npm run bench:site` (after `npm run build`). It starts its own production server (the browser
 * tests' one: migrated, seeded database) on its own ports, since the bench's server has no UI.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { chromium, type Browser, type BrowserContext } from '@playwright/test'

import { SESSION_COOKIE } from '../src/app/(site)/lib/sessionCookie'
import { loginToken } from './core/http'

type Log = (message: string) => void

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PORT = Number(process.env.BENCH_SITE_PORT ?? 3320)
const baseUrl = `http://localhost:${PORT}`
const RUNS = Number(process.env.BENCH_SITE_RUNS ?? 3)
const STARTUP_LIMIT_MS = 6 * 60_000
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Tremplin2026!'
/** A demo young person with a bit of everything (Mission Locale de Rouen, CEJ, messages). */
const YOUNG_PERSON = 'sarah.michel@exemple.fr'

/** Starts the production server plus its build, migrations and seed; stops in its own limit. */
export const timeLimitMs = 15 * 60_000

/**
 * Lighthouse's mobile profile as DevTools applies it (« applied » throttling): slow 4G is
 * 150 ms RTT and 1.6 Mbit/s down, 750 kbit/s up, with its adjustments for request-level
 * throttling (latency × 3.75, throughput × 0.9); a CPU four times slower; a 412 × 823 screen.
 */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
}
const NETWORK = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 }
const CPU_SLOWDOWN = 4

/**
 * The budgets: Core Web Vitals' « good » thresholds for TTFB, FCP and LCP (web.dev), and for
 * weight what a phone on slow 4G loads in about two seconds: 170 kB of compressed JavaScript
 * (the usual mobile budget), 500 kB in all for a site of text and forms.
 */
export const BUDGETS = { ttfbMs: 800, fcpMs: 1800, lcpMs: 2500, totalKB: 500, jsKB: 170 } as const
type Metric = keyof typeof BUDGETS

const PAGES: { path: string; loggedIn: boolean }[] = [
  { path: '/', loggedIn: false },
  { path: '/instant-t', loggedIn: false },
  { path: '/inscription', loggedIn: false },
  { path: '/connexion', loggedIn: false },
  { path: '/mot-de-passe-oublie', loggedIn: false },
  { path: '/espace-jeune', loggedIn: true },
  { path: '/espace-jeune/offres', loggedIn: true },
  { path: '/espace-jeune/candidatures', loggedIn: true },
  { path: '/espace-jeune/parrainages', loggedIn: true },
  { path: '/espace-jeune/bilan', loggedIn: true },
  { path: '/espace-jeune/agenda', loggedIn: true },
  { path: '/espace-jeune/actions', loggedIn: true },
  { path: '/espace-jeune/messages', loggedIn: true },
  { path: '/espace-jeune/actualites', loggedIn: true },
]

export type PageMeasure = { path: string; ttfbMs: number; fcpMs: number; lcpMs: number; totalKB: number; jsKB: number; requests: number; status: number }
export type PageResult = PageMeasure & { failed: Metric[] }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Read in the page once it is idle: TTFB from the navigation timing, the first contentful paint,
 * and the largest paint so far, which is the page's LCP (nothing else loads after network idle).
 * A string, not a function: tsx's transform would add helpers the page does not have.
 */
const READ_TIMINGS = `new Promise((resolve) => {
  const navigation = performance.getEntriesByType('navigation')[0]
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
  const done = (lcp) => resolve({ ttfb: navigation.responseStart, fcp, lcp })
  new PerformanceObserver((list) => done(list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true })
  setTimeout(() => done(NaN), 3000)
})`

/** One cold load (fresh context, cache disabled) of `url` under the phone profile. */
const measureOnce = async ({ browser, url, token }: { browser: Browser; url: string; token?: string }): Promise<PageMeasure> => {
  const context: BrowserContext = await browser.newContext({ ...PHONE, locale: 'fr-FR' })
  try {
    if (token) await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' }])
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', NETWORK)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    const types = new Map<string, string>()
    let total = 0
    let js = 0
    let requests = 0
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type))
    cdp.on('Network.loadingFinished', (event) => {
      requests++
      total += event.encodedDataLength
      if (types.get(event.requestId) === 'Script') js += event.encodedDataLength
    })
    const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
    const timings = (await page.evaluate(READ_TIMINGS)) as { ttfb: number; fcp: number; lcp: number }
    return { path: new URL(url).pathname, ttfbMs: timings.ttfb, fcpMs: timings.fcp, lcpMs: timings.lcp, totalKB: total / 1000, jsKB: js / 1000, requests, status: response?.status() ?? 0 }
  } finally {
    await context.close()
  }
}

/** Every page `RUNS` times; the median of each figure, and the budgets it misses. */
export const measureSite = async ({ log, runs = RUNS }: { log: Log; runs?: number }): Promise<PageResult[]> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const token = await loginToken({ baseUrl, email: YOUNG_PERSON, password: PASSWORD, collection: 'accounts' })
    // One unthrottled load of each page first: the first request of a route warms the server, not the phone.
    for (const page of PAGES) await fetch(`${baseUrl}${page.path}`, { headers: page.loggedIn ? { cookie: `${SESSION_COOKIE}=${token}` } : {} }).then((r) => r.arrayBuffer())
    const results: PageResult[] = []
    for (const page of PAGES) {
      const samples: PageMeasure[] = []
      for (let i = 0; i < runs; i++) samples.push(await measureOnce({ browser, url: `${baseUrl}${page.path}`, token: page.loggedIn ? token : undefined }))
      const figure = (metric: Metric | 'requests') => median(samples.map((sample) => sample[metric]))
      const measured: PageMeasure = { path: page.path, ttfbMs: figure('ttfbMs'), fcpMs: figure('fcpMs'), lcpMs: figure('lcpMs'), totalKB: figure('totalKB'), jsKB: figure('jsKB'), requests: figure('requests'), status: samples[0].status }
      const failed = (Object.keys(BUDGETS) as Metric[]).filter((metric) => !(measured[metric] <= BUDGETS[metric]))
      results.push({ ...measured, failed })
      log(`${page.path} : LCP ${Math.round(measured.lcpMs)} ms, JS ${measured.jsKB.toFixed(1)} kB${failed.length ? ` (hors budget : ${failed.join(', ')})` : ''}`)
    }
    return results
  } finally {
    await browser.close()
  }
}

const cell = (value: number, metric: Metric) => {
  const text = metric.endsWith('KB') ? value.toFixed(1) : String(Math.round(value))
  return `${text} ${value <= BUDGETS[metric] ? '✓' : '✗'}`.padStart(10)
}

export const formatSiteBudgets = (results: PageResult[]) => {
  const header = `${'page'.padEnd(28)}${'TTFB ms'.padStart(10)}${'FCP ms'.padStart(10)}${'LCP ms'.padStart(10)}${'total kB'.padStart(10)}${'JS kB'.padStart(10)}${'req.'.padStart(6)}`
  const budgets = `${'budget'.padEnd(28)}${(['ttfbMs', 'fcpMs', 'lcpMs', 'totalKB', 'jsKB'] as Metric[]).map((metric) => `≤ ${BUDGETS[metric]}`.padStart(10)).join('')}`
  const rows = results.map((r) => `${`${r.path}${r.status === 200 ? '' : ` (${r.status})`}`.padEnd(28)}${cell(r.ttfbMs, 'ttfbMs')}${cell(r.fcpMs, 'fcpMs')}${cell(r.lcpMs, 'lcpMs')}${cell(r.totalKB, 'totalKB')}${cell(r.jsKB, 'jsKB')}${String(r.requests).padStart(6)}`)
  const misses = results.flatMap((r) => r.failed.map((metric) => `${r.path} ${metric}`))
  return [
    `Profil : ${PHONE.viewport.width}×${PHONE.viewport.height}, CPU ×${CPU_SLOWDOWN}, 4G lente (latence ${NETWORK.latency} ms, ${((NETWORK.downloadThroughput * 8) / 1024 / 1024).toFixed(2)} Mbit/s), cache vide ; médiane de ${RUNS} chargements`,
    header,
    budgets,
    ...rows,
    misses.length ? `Budgets dépassés (${misses.length}) : ${misses.join(', ')}` : 'Tous les budgets tenus.',
  ].join('\n')
}

/** The browser tests' production server on the bench's own ports; resolves once `/readyz` answers. */
const startSiteServer = async ({ log }: { log: Log }): Promise<ChildProcess> => {
  // What the bench's own server set for itself must not leak into a production start.
  const inherited = { ...process.env }
  for (const name of ['DB_PUSH', 'BENCH_BASELINE', 'DATABASE_URL', 'NODE_ENV']) delete inherited[name]
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'test/e2e/server.ts'], {
    cwd: root,
    env: {
      ...inherited,
      E2E_PORT: String(PORT),
      E2E_POSTGRES_PORT: process.env.BENCH_SITE_POSTGRES_PORT ?? '54337',
      E2E_SMTP_PORT: process.env.BENCH_SITE_SMTP_PORT ?? '2698',
      E2E_POSTGRES_DIR: '.data/postgres-bench-site',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  const started = Date.now()
  while (Date.now() - started < STARTUP_LIMIT_MS) {
    if (child.exitCode !== null) throw new Error(`le serveur du site s’est arrêté (${child.exitCode}) : ${stderr}`)
    const ready = await fetch(`${baseUrl}/readyz`).then((r) => r.ok).catch(() => false)
    if (ready) {
      log(`Serveur de production prêt en ${Math.round((Date.now() - started) / 1000)} s`)
      return child
    }
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  child.kill('SIGKILL')
  throw new Error(`le serveur du site ne répond pas après ${STARTUP_LIMIT_MS / 1000} s : ${stderr}`)
}

const stopSiteServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve()
    }, 20_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    // server.ts stops the server, the mail catcher and PostgreSQL on SIGTERM.
    child.kill('SIGTERM')
  })

/** The module bench: skipped, saying why, without a production build. */
export const run = async ({ log }: { log: Log }) => {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    log('Pas de build de production (.next) : lancer `npm run build` pour mesurer le site sur téléphone. Étape sautée.')
    return { skipped: 'no production build' }
  }
  log(`Démarrage du serveur de production du site (port ${PORT})…`)
  const server = await startSiteServer({ log })
  try {
    const results = await measureSite({ log })
    console.log(`\n=== Site des jeunes sur téléphone (budgets) ===\n${formatSiteBudgets(results)}\n`)
    return { budgets: BUDGETS, network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, runs: RUNS, results }
  } finally {
    await stopSiteServer(server)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now()
  await run({ log: (message) => console.log(`[site +${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`) })
  process.exit(0)
}
