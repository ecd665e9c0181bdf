/**
 * `npm run bench` (issue #2). Runs bench/core/main.ts in a child process (with this process's
 * flags, `--conditions` included: see the README, "Two commands") and restarts it when the server
 * does not come up in time, so that one stuck start does not cost a whole run. Figures come
 * from the child; this file only supervises it.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BENCH } from './core/env'

const STARTUP_LIMIT_MS = Number(process.env.BENCH_STARTUP_LIMIT_MS ?? 120_000)
const ATTEMPTS = 3
const main = fileURLToPath(new URL('./core/main.ts', import.meta.url))

const log = (message: string) => console.log(`[bench] ${message}`)

/** A killed child leaves its PostgreSQL running: stop it through the pid file, as the starter would. */
const stopLeftoverPostgres = () => {
  const pidFile = path.resolve(BENCH.postgresDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    if (pid) process.kill(pid, 'SIGINT')
  } catch {
    /* already gone */
  }
}

type Outcome = { kind: 'exit'; code: number } | { kind: 'stuck' }

const attempt = (): Promise<Outcome> =>
  new Promise((resolve) => {
    const child: ChildProcess = fork(main, [], { execArgv: process.execArgv, stdio: 'inherit' })
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve({ kind: 'stuck' })
    }, STARTUP_LIMIT_MS)
    child.on('message', (message: { type?: string }) => {
      if (message?.type === 'ready') clearTimeout(timer)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ kind: 'exit', code: code ?? 1 })
    })
  })

for (let i = 1; i <= ATTEMPTS; i++) {
  const outcome = await attempt()
  if (outcome.kind === 'exit') process.exit(outcome.code)
  log(`Serveur non démarré après ${STARTUP_LIMIT_MS / 1000} s (tentative ${i}/${ATTEMPTS}) : arrêt et nouvel essai`)
  stopLeftoverPostgres()
  await new Promise((resolve) => setTimeout(resolve, 3000))
}
log('Abandon : le serveur ne démarre pas')
process.exit(1)
