import type { CollectionConfig, Config, Plugin } from 'payload'

import { cachedCallerStrategy } from '../auth/cachedCaller'
import { poolOfPayload } from '../db/sharedCounters'
import { cacheListener } from './cacheListener'
import { installCacheTriggers } from './cacheTriggers'
import { invalidatePrincipal } from './caches'

type Hook = (args: { collection: { slug: string }; doc?: { id?: unknown }; user?: { id?: unknown } }) => unknown

/**
 * In this process at once, before the commit's notification reaches every instance: the next
 * request of the same client, here, must not be served what it just changed.
 */
const dropPrincipal: Hook = ({ collection, doc, user }) => {
  const id = doc?.id ?? user?.id
  if (id !== undefined) invalidatePrincipal(collection.slug, id)
}
const dropStructureCaches = () => cacheListener.deliver('structures')

const withHooks = (collection: CollectionConfig, hook: Hook, events: ('afterChange' | 'afterDelete' | 'afterLogout')[]): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    ...Object.fromEntries(events.map((event) => [event, [...((collection.hooks?.[event] as unknown[]) ?? []), hook]])),
  },
})

/**
 * The caller cache and the structure scope cache (README, "Scaling"): the cached JWT strategy
 * first in line, local invalidation hooks on users, accounts and structures, and at start the
 * triggers and the LISTEN connection that carry invalidations across instances.
 */
export const cachePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === 'users' && typeof collection.auth === 'object') {
        const auth = { ...collection.auth, strategies: [cachedCallerStrategy, ...(collection.auth.strategies ?? [])] }
        return withHooks({ ...collection, auth }, dropPrincipal, ['afterChange', 'afterDelete', 'afterLogout'])
      }
      if (collection.slug === 'accounts') return withHooks(collection, dropPrincipal, ['afterChange', 'afterDelete', 'afterLogout'])
      if (collection.slug === 'structures') return withHooks(collection, dropStructureCaches, ['afterChange', 'afterDelete'])
      return collection
    }),
    onInit: async (payload) => {
      await config.onInit?.(payload)
      const connectionString = process.env.DATABASE_URL
      if (!connectionString) return
      await installCacheTriggers(poolOfPayload(payload))
      await cacheListener.start({ connectionString, log: (msg, err) => payload.logger.warn({ msg, err }) })
    },
  })

/** Ends the LISTEN connection (graceful shutdown). */
export const stopCaches = () => cacheListener.stop()
