import type { TestProject } from 'vitest/node'
import pg from 'pg'

import { applyTestEnv, serverURL, TEST_ENV } from './testEnv'

/**
 * Starts an embedded PostgreSQL of the tests' own, a fresh database, and the real HTTP server
 * (express + Payload's REST and GraphQL handlers) with the demo data.
 */
export default async function setup(project: TestProject) {
  const { startEmbeddedPostgres } = await import('../../src/db/embeddedPostgres')
  const cluster = await startEmbeddedPostgres({ dataDir: TEST_ENV.postgresDir, port: TEST_ENV.postgresPort, database: 'postgres' })
  const admin = new pg.Client({ connectionString: cluster.url })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEST_ENV.database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${TEST_ENV.database}`)
  await admin.end()
  const databaseUrl = cluster.url.replace(/\/postgres$/, `/${TEST_ENV.database}`)
  applyTestEnv(databaseUrl)
  process.env.JOBS_AUTORUN = 'true'
  const { startServer } = await import('../../src/server')
  const server = await startServer({ ui: false, port: TEST_ENV.port, profile: 'test', seed: true })
  project.provide('databaseUrl', databaseUrl)
  project.provide('serverURL', serverURL)
  return async () => {
    await server.close()
    await cluster.stop()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    serverURL: string
  }
}
