import type { Pool } from 'pg'
import type { Payload } from 'payload'

import { stopCaches } from '../cache/cachePlugin'
import { poolOfPayload } from './sharedCounters'

/**
 * Ends Payload's pool. The adapter may keep a client checked out, on which `end()` would wait
 * forever: wait a moment, then let the database's shutdown close what is left, quietly. The cache
 * listener's own connection (LISTEN) goes first, so no process warns of a lost listener on its way out.
 */
export const closePool = async (payload: Payload, waitMs = 2000) => {
  await stopCaches()
  // Absent when the adapter never connected (a start that failed early).
  const pool: Pool | undefined = poolOfPayload(payload)
  if (!pool) return
  pool.on('error', () => {})
  await Promise.race([pool.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, waitMs).unref())])
}
