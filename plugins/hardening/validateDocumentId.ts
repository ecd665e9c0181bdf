import type { CollectionBeforeOperationHook } from 'payload'

import { notFound } from '../../src/lib/errors'
import { isIntegerId } from '../../src/lib/values'
import { hasIntegerIds } from './fieldValues'

/**
 * `GET /api/offers/xyz`, `/api/documents/undefined` or `/1e308` used to reach PostgreSQL as an
 * integer it cannot read (a 500), and Payload reads a path id with `parseFloat`, so `/1abc`
 * (or `/1' OR 1=1`) named document 1. An id that cannot be one of the collection's ids, as the
 * client wrote it, names no document: 404, before any query.
 */
export const validateDocumentId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const parsed = (args as { id?: unknown }).id
  if (parsed === undefined || parsed === null || !hasIntegerIds(req.payload, collection.slug)) return args
  const asWritten = req.payloadAPI === 'REST' && typeof req.routeParams?.id === 'string' ? req.routeParams.id : parsed
  const id = typeof asWritten === 'string' && !/^-?\d+$/.test(asWritten) ? Number.NaN : asWritten
  if (isIntegerId(id)) return args
  throw notFound(`Document introuvable : l’identifiant « ${String(asWritten).slice(0, 40)} » n’est pas un nombre entier valide.`)
}
