import { postgresAdapter } from '@payloadcms/db-postgres'

import { addTrigramIndexes } from '../../kernel/db/trigramIndexes'
import { migrations } from '../../migrations'
import { env } from '../../kernel/config/env'

/**
 * PostgreSQL only. Development pushes its schema to its own embedded cluster; production and
 * tests apply the committed migrations (never both on one database).
 */
export const databaseAdapter = () =>
  postgresAdapter({
    pool: {
      // Read when the pool is created: an embedded database may start after this module loads.
      get connectionString() {
        return process.env.DATABASE_URL
      },
      max: env.dbPoolSize,
      idleTimeoutMillis: 30_000,
      // No bug may hang the server forever: a request waits at most this long for a connection
      // (then 503), and PostgreSQL ends a transaction left idle (its connection returns to the pool).
      connectionTimeoutMillis: env.dbAcquireTimeoutMs,
      options: `-c idle_in_transaction_session_timeout=${env.dbIdleInTransactionTimeoutMs}`,
    },
    push: process.env.DB_PUSH === 'true' || (process.env.DB_PUSH !== 'false' && !env.isProduction),
    migrationDir: 'src/migrations',
    prodMigrations: migrations,
    // Created at connection, before the schema push or the migrations that index with it.
    extensions: ['pg_trgm'],
    afterSchemaInit: [addTrigramIndexes],
  })
