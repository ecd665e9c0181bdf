import type { CollectionBeforeOperationHook, CollectionConfig, Config, Plugin } from 'payload'

import { validateWhereIds } from './validateWhere'

/**
 * API limits Payload leaves to us, on every collection: a list never returns more than
 * `maxLimit` rows to a REST or GraphQL caller (`limit=0` / `pagination=false` included).
 * The Local API (exports, jobs) is not capped.
 */
const capListSize =
  (maxLimit: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.payloadAPI === 'local') return args
    const requested = Number((args as { limit?: unknown }).limit)
    const limit = !Number.isFinite(requested) || requested <= 0 || requested > maxLimit ? Math.min(maxLimit, requested > 0 ? requested : 10) : requested
    const page = Number((args as { page?: unknown }).page)
    return { ...args, limit, pagination: true, page: Number.isInteger(page) && page >= 1 ? page : 1 }
  }

export type HardeningOptions = { maxLimit: number }

export const hardeningPlugin =
  ({ maxLimit }: HardeningOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(
      (collection): CollectionConfig => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [capListSize(maxLimit), validateWhereIds, ...(collection.hooks?.beforeOperation ?? [])],
        },
      }),
    ),
  })
