/**
 * The server the browser tests drive: production build of Next, a fresh database migrated with
 * the committed migrations and seeded, and a real SMTP catcher; all on this machine only.
 */
import { E2E } from './env'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/host/db/embeddedPostgres'
import { startMailCatcher } from '../../src/host/email/mailCatcher'
import { startServer } from '../../src/host/server'

const main = async () => {
  const cluster = await startEmbeddedPostgres({ dataDir: E2E.postgresDir, port: E2E.postgresPort, database: 'postgres' })
  const admin = new pg.Client({ connectionString: cluster.url })
  await admin.connect()
  await admin.query('DROP DATABASE IF EXISTS tremplin_e2e WITH (FORCE)')
  await admin.query('CREATE DATABASE tremplin_e2e')
  await admin.end()
  process.env.DATABASE_URL = cluster.url.replace(/\/postgres$/, '/tremplin_e2e')
  const mail = await startMailCatcher({ port: E2E.smtpPort, dir: '.data/mail-e2e' })
  const server = await startServer({ dev: false, ui: true, port: E2E.port, profile: 'test', seed: true })
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, async () => {
      await server.close()
      await mail.stop()
      await cluster.stop()
      process.exit(0)
    })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
