import type { CollectionBeforeOperationHook, CollectionConfig, Config, Plugin } from 'payload'

import { checkBody } from './checkBody'
import { deleteMissingRowAsNotFound } from './deleteMissingRow'
import { frenchInputErrors } from './frenchInputErrors'
import { frenchQueryErrors } from './frenchQueryErrors'
import { refuseFragmentCycles } from './refuseFragmentCycles'
import { validateDocumentId } from './validateDocumentId'
import { validateSort } from './validateSort'
import { validateWhere } from './validateWhere'

/**
 * A GraphQL list never returns more than `maxLimit` rows. REST lists are capped on the way in
 * (src/server/limits.ts `capRestListQuery`), so reads an endpoint makes through the Local API
 * with the request (`pagination: false` on a questionnaire) are not truncated.
 */
const capListSize =
  (maxLimit: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.payloadAPI !== 'GraphQL') return args
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
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), frenchQueryErrors, frenchInputErrors] },
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [refuseFragmentCycles, ...(config.graphQL?.validationRules?.(args) ?? [])],
    },
    onInit: async (payload) => {
      await config.onInit?.(payload)
      deleteMissingRowAsNotFound(payload)
    },
    collections: (config.collections ?? []).map(
      (collection): CollectionConfig => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [capListSize(maxLimit), validateDocumentId, validateWhere, validateSort, checkBody, ...(collection.hooks?.beforeOperation ?? [])],
        },
      }),
    ),
  })
