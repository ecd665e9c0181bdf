/**
 * Regenerates the committed migration from the current schema. Until the first production
 * deployment the project keeps one `initial` migration; after it, pass a name to add a new one:
 *   npm run migrate:create            → rewrites the schema migration from scratch
 *   npm run migrate:create -- add_x   → appends a migration named add_x
 * Hand-written data migrations (any file not named `*_initial`, e.g. the programmes backfill)
 * are schema-independent steps: a rewrite keeps them and lists them after the new initial one.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

import { startEmbeddedPostgres } from '../src/host/db/embeddedPostgres'

const name = process.argv[2]
const dataMigrations = new Map<string, string>()
if (!name) {
  mkdirSync('src/migrations', { recursive: true })
  for (const file of readdirSync('src/migrations')) {
    if (file.endsWith('.ts') && file !== 'index.ts' && !file.endsWith('_initial.ts')) dataMigrations.set(file, readFileSync(`src/migrations/${file}`, 'utf8'))
  }
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
if (dataMigrations.size) {
  const names = [...readdirSync('src/migrations').filter((file) => file.endsWith('_initial.ts')), ...[...dataMigrations.keys()].sort()].map((file) => file.replace(/\.ts$/, ''))
  for (const [file, source] of dataMigrations) writeFileSync(`src/migrations/${file}`, source)
  const imports = names.map((migration) => `import * as migration_${migration} from './${migration}';`).join('\n')
  const entries = names.map((migration) => `  {\n    up: migration_${migration}.up,\n    down: migration_${migration}.down,\n    name: '${migration}'\n  },`).join('\n')
  writeFileSync('src/migrations/index.ts', `${imports}\n\nexport const migrations = [\n${entries}\n];\n`)
}
const { closePool } = await import('../src/kernel/db/closePool')
await closePool(payload)
await cluster.stop()
process.exit(0)
