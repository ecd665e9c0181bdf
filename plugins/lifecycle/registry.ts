import type { Payload, SanitizedCollectionConfig } from 'payload'

import type { LifecycleBinding } from './types'

/** The binding lives in the collection's server-only `custom` config. */
export const bindingOf = (collection: Pick<SanitizedCollectionConfig, 'custom'> | undefined): LifecycleBinding | undefined =>
  collection?.custom?.lifecycle as LifecycleBinding | undefined

export const bindingFor = (payload: Payload, slug: string): LifecycleBinding | undefined =>
  bindingOf(payload.collections[slug as keyof typeof payload.collections]?.config)

export const boundCollections = (payload: Payload): string[] =>
  Object.keys(payload.collections).filter((slug) => bindingFor(payload, slug))
