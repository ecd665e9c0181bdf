import pg from 'pg'

import { advisoryLockKey } from '../../kernel/db/advisoryLock'

export type LeaderLock = {
  /** Whether this process holds the lock now; tries to take it when it does not. */
  holds: () => Promise<boolean>
  release: () => Promise<void>
}

/**
 * One active worker per queue across every machine: a session-level PostgreSQL advisory lock
 * on a connection of its own (outside Payload's pool). Payload's queue claims jobs with a read
 * then an update, so two workers polling one queue can both take a job; with this lock a second
 * worker (a rolling deploy, a mistake) waits on standby and takes over when the first one stops
 * or dies (PostgreSQL frees the lock with its connection).
 */
export const leaderLock = ({ databaseUrl, name, log }: { databaseUrl: string; name: string; log: (msg: string) => void }): LeaderLock => {
  let client: pg.Client | null = null
  let isHeld = false
  let isStandbyLogged = false

  const drop = () => {
    if (isHeld) log(`Verrou « ${name} » perdu (connexion fermée) : ce processus se remet en attente`)
    isHeld = false
    client?.end().catch(() => {})
    client = null
  }

  const holds = async () => {
    if (isHeld && client) return true
    try {
      if (!client) {
        client = new pg.Client({ connectionString: databaseUrl, application_name: `tremplin-worker:${name}` })
        client.on('error', drop)
        await client.connect()
      }
      const { rows } = await client.query<{ isHeld: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS "isHeld"', [advisoryLockKey(name)])
      isHeld = rows[0]?.isHeld === true
    } catch {
      drop()
      return false
    }
    if (isHeld) {
      log(`Verrou « ${name} » pris : ce processus exécute la file`)
      isStandbyLogged = false
    } else if (!isStandbyLogged) {
      log(`Un autre processus exécute déjà la file « ${name} » : celui-ci attend en réserve`)
      isStandbyLogged = true
    }
    return isHeld
  }

  const release = async () => {
    isHeld = false
    await client?.end().catch(() => {})
    client = null
  }
  return { holds, release }
}
