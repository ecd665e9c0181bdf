import type { Payload } from 'payload'

import { isCollectionSlug } from '../../src/kernel/lib/collectionSlug'
import type { BoundLifecycle } from './types'

/**
 * The bound lifecycle of a collection, for the entry points that only know its name: the
 * GraphQL fields (`collection` argument), the effects task (its input) and `performTransition`
 * (seeds, jobs). `bindLifecycle` stores it in the collection's server-only `custom`, so Payload's
 * own map of collections, built at config time, is the lookup: no registry of our own to fill,
 * and two Payload instances in one process (tests) cannot see each other's bindings.
 * Endpoints and hooks never come here: they close over their lifecycle.
 */
export const lifecycleOf = (payload: Payload, collection: string): BoundLifecycle | undefined =>
  isCollectionSlug(payload, collection) ? payload.collections[collection].config.custom?.lifecycle : undefined
