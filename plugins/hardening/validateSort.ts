import type { CollectionBeforeOperationHook } from 'payload'

import { badRequest } from '../../src/kernel/lib/errors'

const ALWAYS_SORTABLE = ['id', 'createdAt', 'updatedAt']

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((entry) => String(entry).trim().replace(/^-/, ''))
    .filter(Boolean)

/**
 * Payload silently ignores a sort on a field the collection does not have, so a client would
 * believe its list is ordered. Such a sort is refused with a 400 naming it; sorts on fields the
 * caller may not read are refused by Payload itself (QueryError, worded in French elsewhere).
 */
export const validateSort: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local' || operation !== 'read') return args
  const known = new Set([...ALWAYS_SORTABLE, ...collection.flattenedFields.map((field) => field.name)])
  for (const path of sortPaths((args as { sort?: unknown }).sort)) {
    if (!known.has(path.split('.')[0])) throw badRequest(`Tri impossible sur « ${path} » : ce champ n'existe pas.`)
  }
  return args
}
