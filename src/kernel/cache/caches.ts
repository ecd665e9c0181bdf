import type { TypedUser } from 'payload'

import { env } from '../config/env'
import { cacheListener } from './cacheListener'
import { createInvalidatedCache } from './invalidatedCache'

/** Verified callers (the user documents the JWT strategy loads), grouped by `users:<id>` / `accounts:<id>`, keyed by session. */
export const callerCache = createInvalidatedCache<TypedUser>({ ttlMs: () => env.callerCacheTtlMs })

/** Staff users' structure scopes (their structures and everything below), grouped by `users:<id>`. */
export const scopeCache = createInvalidatedCache<number[]>({ ttlMs: () => env.scopeCacheTtlMs })

/** Caches serve entries only while this process hears every invalidation (./cacheListener). */
export const cachesAreLive = () => cacheListener.isLive()

export const principalGroup = (collection: string, id: unknown) => `${collection}:${String(id)}`

/** Drops what is cached about one principal, in this process (the triggers tell the others). */
export const invalidatePrincipal = (collection: string, id: unknown) => {
  const group = principalGroup(collection, id)
  callerCache.invalidateGroup(group)
  scopeCache.invalidateGroup(group)
}

cacheListener.onMessage((message) => {
  if (message === 'structures') scopeCache.clear()
  else if (message === 'users:*' || message === 'accounts:*') {
    callerCache.clear()
    scopeCache.clear()
  } else {
    callerCache.invalidateGroup(message)
    scopeCache.invalidateGroup(message)
  }
})
cacheListener.onConnectionLost(() => {
  callerCache.clear()
  scopeCache.clear()
})
