import type { CollectionBeforeOperationHook, CollectionConfig, Config, Payload, Plugin } from 'payload'

import { addErrorCodes } from '../../src/kernel/lib/errors'
import { checkBody } from './checkBody'
import { deleteMissingRowAsNotFound } from './deleteMissingRow'
import { databaseBusy } from './databaseBusy'
import { frenchInputErrors } from './frenchInputErrors'
import { frenchQueryErrors } from './frenchQueryErrors'
import { refuseFragmentCycles } from './refuseFragmentCycles'
import { validateDocumentId } from './validateDocumentId'
import { validateSort } from './validateSort'
import { validateWhere } from './validateWhere'

/**
 * A GraphQL list never returns more than `maxLimit` rows. REST lists are capped on the way in
 * (src/host/server/limits.ts `capRestListQuery`), so reads an endpoint makes through the Local API
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

/**
 * Payload adds its own collections (preferences, locked documents, jobs, key-value store) after
 * the plugins have run: they get the same checks when Payload starts, so that no collection
 * answers a malformed filter or body with a 500.
 */
const hardenPayloadCollections = (payload: Payload, hooks: CollectionBeforeOperationHook[]) => {
  for (const collection of payload.config.collections) {
    const existing = collection.hooks.beforeOperation ?? []
    if (!existing.includes(hooks[0])) collection.hooks.beforeOperation = [...hooks, ...existing]
  }
}

export const hardeningPlugin = ({ maxLimit }: HardeningOptions): Plugin => {
  const hooks = [capListSize(maxLimit), validateDocumentId, validateWhere, validateSort, checkBody]
  return (config: Config): Config => ({
    ...config,
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), frenchQueryErrors, frenchInputErrors, databaseBusy, addErrorCodes] },
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [refuseFragmentCycles, ...(config.graphQL?.validationRules?.(args) ?? [])],
    },
    onInit: async (payload) => {
      await config.onInit?.(payload)
      hardenPayloadCollections(payload, hooks)
      deleteMissingRowAsNotFound(payload)
    },
    collections: (config.collections ?? []).map(
      (collection): CollectionConfig => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...hooks, ...(collection.hooks?.beforeOperation ?? [])],
        },
      }),
    ),
  })
}
