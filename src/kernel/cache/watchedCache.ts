import { cacheListener } from './cacheListener'
import { watchTables } from './cacheTriggers'

/** Collection hooks that drop the caches watching `message` in this process as soon as the write is done. */
export const dropOnWrite = (message: string) => {
  const drop = () => cacheListener.deliver(message)
  return { afterChange: [drop], afterDelete: [drop] }
}

export type WatchedCache<V> = {
  /** The cached value for `key`, or `load()` (kept only when no invalidation happened meanwhile). */
  get: (key: string, load: () => Promise<V>) => Promise<V>
  clear: () => void
}

/**
 * Reference data read on hot anonymous paths (a questionnaire, the postal-code coverage), kept
 * in memory and dropped, on every instance, by any write to `tables` (./cacheTriggers). Served
 * only while this process hears those writes; `ttlMs` bounds it anyway. Requests that miss the
 * same key together share one load (an expired entry under load would otherwise be read once per
 * request in flight), unless an invalidation came after that load began.
 */
export const watchedCache = <V>({ message, tables, ttlMs = 60_000 }: { message: string; tables: string[]; ttlMs?: number }): WatchedCache<V> => {
  watchTables({ message, tables })
  const entries = new Map<string, { value: V; expiresAt: number }>()
  const loading = new Map<string, { generation: number; value: Promise<V> }>()
  let generation = 0
  const clear = () => {
    generation++
    entries.clear()
    loading.clear()
  }
  cacheListener.onMessage((received) => received === message && clear())
  cacheListener.onConnectionLost(clear)
  return {
    get: async (key, load) => {
      if (!cacheListener.isLive()) return load()
      const entry = entries.get(key)
      if (entry && entry.expiresAt > Date.now()) return entry.value
      const inFlight = loading.get(key)
      if (inFlight && inFlight.generation === generation) return inFlight.value
      const startedAt = generation
      const value = load()
      loading.set(key, { generation: startedAt, value })
      try {
        const loaded = await value
        if (startedAt === generation && cacheListener.isLive()) {
          if (entries.size > 10_000) entries.clear()
          entries.set(key, { value: loaded, expiresAt: Date.now() + ttlMs })
        }
        return loaded
      } finally {
        if (loading.get(key)?.value === value) loading.delete(key)
      }
    },
    clear,
  }
}
