import { startEmbeddedPostgres, type EmbeddedCluster } from './embeddedPostgres'

/** Which embedded cluster to use: development pushes its schema, production and tests migrate. */
export type DatabaseProfile = 'development' | 'production' | 'test' | 'bench'

const DEFAULT_PORTS: Record<DatabaseProfile, number> = {
  development: 54331,
  production: 54332,
  test: 54333,
  bench: 54334,
}

export type ResolvedDatabase = { url: string; embedded?: EmbeddedCluster }

/**
 * `DATABASE_URL` when set; otherwise an embedded PostgreSQL in `.data/postgres-<profile>`,
 * so a new machine needs nothing installed beforehand. Sets `DATABASE_URL` for the config.
 */
export const resolveDatabase = async ({
  profile,
  log,
}: {
  profile: DatabaseProfile
  log?: (message: string) => void
}): Promise<ResolvedDatabase> => {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_PORTS[profile])
  const embedded = await startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_POSTGRES_DIR ?? `.data/postgres-${profile}`,
    port,
    database: 'tremplin',
    log,
  })
  process.env.DATABASE_URL = embedded.url
  return { url: embedded.url, embedded }
}
