import type { CollectionSlug, Payload } from 'payload'

import type { Principal } from './principals'

/** What a caller may read of one document: its top-level keys as the Local API returns them to that caller. */
type Readable = Map<string, Set<string>>

export type AccessOracle = {
  /** The documents of `collection` the caller may read (computed once, then cached). */
  readable: (args: { principal: Principal; collection: string }) => Promise<Readable>
  /**
   * Asks again for one document (a document created or changed since the set was computed
   * is not a leak): its keys if the caller may read it now, `null` otherwise.
   */
  recheck: (args: { principal: Principal; collection: string; id: number | string }) => Promise<Set<string> | null>
  /** Every document of `collection`, read as the system: where the fuzz takes its filter values. */
  allDocs: (collection: string) => Promise<Record<string, unknown>[]>
}

/**
 * The ground truth: each collection's own `access.read` (and its fields' read access) run through
 * the Local API as the caller, `overrideAccess: false`, no filter, no pagination, depth 0. The
 * fuzzed REST and GraphQL requests add filters, sorts, selections and depth on top of the same
 * rules; whatever they return must be inside this set, with no key this read did not return.
 */
export const createAccessOracle = ({ payload }: { payload: Payload }): AccessOracle => {
  const cache = new Map<string, Promise<Readable>>()
  const all = new Map<string, Promise<Record<string, unknown>[]>>()
  const asUser = (principal: Principal) => (principal.user ?? undefined) as never

  const compute = async ({ principal, collection }: { principal: Principal; collection: string }): Promise<Readable> => {
    try {
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        user: asUser(principal),
        overrideAccess: false,
        pagination: false,
        depth: 0,
      })
      return new Map(docs.map((doc) => [String((doc as { id: number | string }).id), new Set(Object.keys(doc))]))
    } catch {
      // Payload throws Forbidden when `access.read` answers false: nothing is readable.
      return new Map()
    }
  }

  return {
    readable: ({ principal, collection }) => {
      const key = `${principal.label}\u0000${collection}`
      if (!cache.has(key)) cache.set(key, compute({ principal, collection }))
      return cache.get(key)!
    },
    recheck: async ({ principal, collection, id }) => {
      const doc = await payload
        .findByID({ collection: collection as CollectionSlug, id, user: asUser(principal), overrideAccess: false, depth: 0, disableErrors: true })
        .catch(() => null)
      if (!doc) return null
      const keys = new Set(Object.keys(doc))
      const readable = await cache.get(`${principal.label}\u0000${collection}`)
      readable?.set(String(id), keys)
      return keys
    },
    allDocs: (collection) => {
      if (!all.has(collection)) {
        all.set(
          collection,
          payload
            .find({ collection: collection as CollectionSlug, overrideAccess: true, pagination: false, depth: 0 })
            .then(({ docs }) => docs as unknown as Record<string, unknown>[])
            .catch(() => []),
        )
      }
      return all.get(collection)!
    },
  }
}
