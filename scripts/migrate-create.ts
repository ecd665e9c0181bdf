/**
 * Regenerates the committed migration from the current schema. Until the first production
 * deployment the project keeps one `initial` migration; after it, pass a name to add a new one:
 *   npm run migrate:create            → rewrites src/migrations from scratch
 *   npm run migrate:create -- add_x   → appends a migration named add_x
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'

import { startEmbeddedPostgres } from '../src/host/db/embeddedPostgres'

const name = process.argv[2]
if (!name) {
  rmSync('src/migrations', { recursive: true, force: true })
  mkdirSync('src/migrations')
  writeFileSync('src/migrations/index.ts', 'export const migrations = []\n')
}
const cluster = await startEmbeddedPostgres({ dataDir: '.data/postgres-migrate', port: Number(process.env.MIGRATE_POSTGRES_PORT ?? 54339), database: `migrate_${Date.now()}` })
process.env.DATABASE_URL = cluster.url
process.env.PAYLOAD_MIGRATING = 'true'
process.env.JOBS_AUTORUN = 'false'
process.env.MAIL_CATCHER = 'off'
const { getPayload } = await import('payload')
const config = (await import('../payload.config')).default
const payload = await getPayload({ config })
await payload.db.createMigration({ migrationName: name ?? 'initial', payload, forceAcceptWarning: true })
const { closePool } = await import('../src/kernel/db/closePool')
await closePool(payload)
await cluster.stop()
process.exit(0)
