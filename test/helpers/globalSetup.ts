import { spawn } from 'node:child_process'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
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
  const admin = new pg.Client({ connectionString: cluster.url })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEST_ENV.database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${TEST_ENV.database}`)
  await admin.end()
  const databaseUrl = cluster.url.replace(/\/postgres$/, `/${TEST_ENV.database}`)
  applyTestEnv(databaseUrl)
  const { NODE_OPTIONS: _vitestNodeOptions, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/testServer.ts'], {
    env: { ...inherited, JOBS_AUTORUN: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString())
      if (process.env.TEST_SERVER_LOG === 'true') process.stdout.write(chunk)
    })
  }
  child.once('exit', (code) => {
    if (code && code !== 143) console.error(`Serveur de test arrêté (code ${code}) :\n${output.join('').slice(-4000)}`)
  })
  await waitUntilReady(child).catch((error) => {
    console.error(output.join("").slice(-4000))
    throw error
  })
  project.provide('databaseUrl', databaseUrl)
  project.provide('serverURL', serverURL)
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))])
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
