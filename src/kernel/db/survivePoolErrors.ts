import type { Pool } from 'pg'
import type { Payload } from 'payload'

import { poolOfPayload } from './sharedCounters'

/**
 * A connection PostgreSQL closes on its side (a transaction left idle past
 * `idle_in_transaction_session_timeout`, a restart) emits `error` on its pg client; with no
 * listener that is an uncaught exception and the whole process dies with every request in flight.
 * Log it instead: the pool drops the broken client and the next query opens a new one.
 */
export const survivePoolErrors = (payload: Payload) => {
  // Absent when the adapter never connected (a start that failed early).
  const pool: Pool | undefined = poolOfPayload(payload)
  if (!pool) return
  const log = (err: Error) => payload.logger.error({ msg: 'Connexion PostgreSQL perdue (client écarté, le service continue)', err })
  pool.on('error', log)
  pool.on('connect', (client) => client.on('error', log))
}
