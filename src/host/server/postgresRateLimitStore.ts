import type { Store } from 'express-rate-limit'
import type { Pool } from 'pg'

import { decrementCounter, hitCounter, readCounter, resetCounter } from '../../kernel/db/sharedCounters'

/**
 * express-rate-limit's store on PostgreSQL, so every app instance on one database counts the same
 * hits. A few lines of our own rather than a package: it reuses Payload's pool and the counters
 * table the login lockout shares (one upsert per hit), where the published stores open a pool of
 * their own and run their own migrations.
 */
export const postgresRateLimitStore = ({ pool, prefix }: { pool: Pool; prefix: string }): Store => {
  let windowMs = 60_000
  const keyOf = (key: string) => `${prefix}:${key}`
  return {
    localKeys: false,
    prefix,
    init: (options) => {
      windowMs = options.windowMs
    },
    increment: async (key) => {
      const { hits, resetAt } = await hitCounter({ pool, key: keyOf(key), windowMs })
      return { totalHits: hits, resetTime: resetAt }
    },
    get: async (key) => {
      const counter = await readCounter({ pool, key: keyOf(key) })
      return counter && { totalHits: counter.hits, resetTime: counter.resetAt }
    },
    decrement: (key) => decrementCounter({ pool, key: keyOf(key) }),
    resetKey: (key) => resetCounter({ pool, key: keyOf(key) }),
  }
}
