import type { CollectionSlug, Payload } from 'payload'

/**
 * A slug read at run time (a collection's config, an operation's parameters) that names a
 * collection of this configuration: the Local API then types it as one of the generated slugs.
 */
export const isCollectionSlug = (payload: Payload, slug: unknown): slug is CollectionSlug => typeof slug === 'string' && slug in payload.collections
