/**
 * `npm test`: every test, in order: unit (pure, parallel), integration (real PostgreSQL and the
 * real HTTP server, one file at a time), production build, browser tests in Debian's Chromium.
 * Prints one closing line "N passed, N failed" and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

mkdirSync('test-results', { recursive: true })
const totals = { passed: 0, failed: 0 }
let ok = true

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    ok = false
    console.error(`✖ ${label} : échec (code ${result.status})`)
  }
  return result.status === 0
}

const countVitest = (file) => {
  if (!existsSync(file)) return
  const report = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests ?? 0
  totals.failed += report.numFailedTests ?? 0
}

const countPlaywright = (file) => {
  if (!existsSync(file)) return
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0)
  totals.failed += stats?.unexpected ?? 0
}

run('Vérification des types', 'npx', ['tsc', '--noEmit', '-p', '.'])
run('Tests unitaires', 'npx', ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'])
countVitest('test-results/unit.json')
run('Tests d’intégration (PostgreSQL + serveur HTTP)', 'npx', ['vitest', 'run', '--project', 'int', '--reporter=default', '--reporter=json', '--outputFile=test-results/int.json'])
countVitest('test-results/int.json')
if (process.env.SKIP_E2E !== 'true') {
  if (run('Build de production (Next)', 'npm', ['run', 'build'])) {
    run('Tests navigateur (Playwright, Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
    })
    countPlaywright('test-results/e2e.json')
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(ok && totals.failed === 0 ? 0 : 1)
