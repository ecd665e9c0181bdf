/**
 * A small in-process cache whose entries expire after `ttlMs` and are dropped by group
 * (`users:12`: every session of that user) when PostgreSQL says the rows behind them changed
 * (see ./cacheListener). A load that started before an invalidation is not stored: it may have
 * read the rows as they were (the generation check below).
 */
export type InvalidatedCache<T> = {
  get: (group: string, key: string) => T | undefined
  /** `startedAt` is `generation()` read before loading the value. */
  set: (group: string, key: string, value: T, startedAt: number) => void
  generation: () => number
  invalidateGroup: (group: string) => void
  clear: () => void
  size: () => number
}

export const createInvalidatedCache = <T>({ ttlMs, maxGroups = 10_000 }: { ttlMs: () => number; maxGroups?: number }): InvalidatedCache<T> => {
  const groups = new Map<string, Map<string, { value: T; expiresAt: number }>>()
  let generation = 0
  return {
    get: (group, key) => {
      const entry = groups.get(group)?.get(key)
      if (!entry) return undefined
      if (entry.expiresAt > Date.now()) return entry.value
      groups.get(group)?.delete(key)
      return undefined
    },
    set: (group, key, value, startedAt) => {
      const ttl = ttlMs()
      if (ttl <= 0 || startedAt !== generation) return
      // A bound, not an eviction policy: past it (a flood of distinct callers) start again empty.
      if (groups.size >= maxGroups && !groups.has(group)) groups.clear()
      let entries = groups.get(group)
      if (!entries) groups.set(group, (entries = new Map()))
      entries.set(key, { value, expiresAt: Date.now() + ttl })
    },
    generation: () => generation,
    invalidateGroup: (group) => {
      generation++
      groups.delete(group)
    },
    clear: () => {
      generation++
      groups.clear()
    },
    size: () => groups.size,
  }
}
