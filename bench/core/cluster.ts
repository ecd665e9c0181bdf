import pg from 'pg'

import { startEmbeddedPostgres, type EmbeddedCluster } from '../../src/host/db/embeddedPostgres'
import { BENCH } from './env'

type Log = (message: string) => void

const withClient = async <T>({ url, work }: { url: string; work: (client: pg.Client) => Promise<T> }): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const start = () =>
  startEmbeddedPostgres({ dataDir: BENCH.postgresDir, port: BENCH.postgresPort, database: BENCH.database })

/**
 * The bench's own cluster, with pg_stat_statements loaded so that statements per request are
 * counted by PostgreSQL itself. The shared starter takes no extra flags: the library is set
 * with ALTER SYSTEM (kept in postgresql.auto.conf) and the cluster restarted once, on first use.
 */
const startWithStatementStats = async ({ log }: { log: Log }): Promise<EmbeddedCluster> => {
  const cluster = await start()
  const preload = await withClient({
    url: cluster.url,
    work: async (client) => (await client.query('SHOW shared_preload_libraries')).rows[0].shared_preload_libraries as string,
  })
  if (preload.includes('pg_stat_statements')) return cluster
  log('Chargement de pg_stat_statements (redémarrage unique du cluster de bench)')
  await withClient({ url: cluster.url, work: (client) => client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`) })
  await cluster.stop()
  return start()
}

/** A fresh `tremplin_bench` database on every run, so figures never depend on a previous run. */
export const startBenchCluster = async ({ log }: { log: Log }): Promise<EmbeddedCluster> => {
  const cluster = await startWithStatementStats({ log })
  const adminUrl = cluster.url.replace(/\/[^/]+$/, '/postgres')
  await withClient({
    url: adminUrl,
    work: async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${BENCH.database} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${BENCH.database}`)
    },
  })
  // In a schema of its own: Payload's schema push drops whatever views it finds in `public`.
  await withClient({
    url: cluster.url,
    work: async (client) => {
      await client.query('CREATE SCHEMA IF NOT EXISTS bench_stats')
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA bench_stats')
    },
  })
  return cluster
}
