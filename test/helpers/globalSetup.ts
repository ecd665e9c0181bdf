import { spawn } from 'node:child_process'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/host/db/embeddedPostgres'
import { applyTestEnv, serverURL, TEST_ENV } from './testEnv'

const waitUntilReady = async (child: ReturnType<typeof spawn>, timeoutMs = 240_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Le serveur de test s'est arrêté (code ${child.exitCode})`)
    try {
      if ((await fetch(`${serverURL}/readyz`)).ok) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('Le serveur de test ne répond pas')
}

/**
 * An embedded PostgreSQL of the tests' own with a fresh database, and the real HTTP server in a
 * child process (schema pushed, demo data seeded). Test files then run one at a time.
 */
export default async function setup(project: TestProject) {
  const cluster = await startEmbeddedPostgres({ dataDir: TEST_ENV.postgresDir, port: TEST_ENV.postgresPort, database: 'postgres' })
  // A fresh database; again before a retried start, whose first try may have stopped half-way
  // through the seed (the server seeds only an empty database, so it would never finish it).
  const freshDatabase = async () => {
    const admin = new pg.Client({ connectionString: cluster.url })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${TEST_ENV.database} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${TEST_ENV.database}`)
    await admin.end()
  }
  await freshDatabase()
  const databaseUrl = cluster.url.replace(/\/postgres$/, `/${TEST_ENV.database}`)
  applyTestEnv(databaseUrl)
  const { NODE_OPTIONS: _vitestNodeOptions, ...inherited } = process.env
  const output: string[] = []
  const startChild = () => {
    const started = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'test/helpers/testServer.ts'], {
      env: { ...inherited, JOBS_AUTORUN: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    for (const stream of [started.stdout, started.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        output.push(chunk.toString())
        if (process.env.TEST_SERVER_LOG === 'true') process.stdout.write(chunk)
      })
    }
    return started
  }
  // A start that dies or stalls is retried on a fresh database, its output kept for the report. (Silent exits with
  // code 0 came from Lexical's top-level-await entry points; `--conditions` above avoids them.)
  let child = startChild()
  for (let attempt = 1; ; attempt++) {
    try {
      // TEST_SERVER_START_MS: how long a start may take before it is retried (5 minutes: seeding every
      // module on a loaded 2-core machine has taken more than 2).
      await waitUntilReady(child, Number(process.env.TEST_SERVER_START_MS ?? 300_000))
      break
    } catch (error) {
      child.kill('SIGKILL')
      if (attempt === 3) {
        console.error(output.join('').slice(-4000))
        throw error
      }
      console.warn(`Serveur de test non prêt (${(error as Error).message}) : nouvel essai ${attempt + 1}/3`)
      await new Promise((r) => setTimeout(r, 2000))
      await freshDatabase()
      child = startChild()
    }
  }
  project.provide('databaseUrl', databaseUrl)
  project.provide('serverURL', serverURL)
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    // Unref: a timer left running would hold vitest open 10 s after the server has exited.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000).unref())])
    if (child.exitCode === null) child.kill('SIGKILL')
    await cluster.stop()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    serverURL: string
  }
}
