/**
 * The server the browser tests drive: production build of Next, a fresh database migrated with
 * the committed migrations and seeded, and a real SMTP catcher; all on this machine only.
 */
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'

const port = Number(process.env.E2E_PORT ?? 3400)
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2727)
const cluster = await startEmbeddedPostgres({
  dataDir: process.env.E2E_POSTGRES_DIR ?? '.data/postgres-e2e',
  port: Number(process.env.E2E_POSTGRES_PORT ?? 54335),
  database: 'postgres',
})
const admin = new pg.Client({ connectionString: cluster.url })
await admin.connect()
await admin.query('DROP DATABASE IF EXISTS tremplin_e2e WITH (FORCE)')
await admin.query('CREATE DATABASE tremplin_e2e')
await admin.end()

Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URL: cluster.url.replace(/\/postgres$/, '/tremplin_e2e'),
  SERVER_URL: `http://localhost:${port}`,
  PORT: String(port),
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  JOBS_CRON: '* * * * * *',
  RATE_LIMIT_LOGIN: '100000',
  RATE_LIMIT_ANONYMOUS_WRITES: '100000',
  LOG_LEVEL: 'warn',
  MEDIA_DIR: '.data/media-e2e',
  PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
})
const { startMailCatcher } = await import('../../src/email/mailCatcher')
const mail = await startMailCatcher({ port: smtpPort, dir: '.data/mail-e2e' })
const { startServer } = await import('../../src/server')
const server = await startServer({ dev: false, ui: true, port, profile: 'test', seed: true })

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    await server.close()
    await mail.stop()
    await cluster.stop()
    process.exit(0)
  })
}
