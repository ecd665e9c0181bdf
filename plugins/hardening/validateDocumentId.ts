import type { CollectionBeforeOperationHook } from 'payload'

import { notFound } from '../../src/lib/errors'
import { isIntegerId } from '../../src/lib/values'
import { hasIntegerIds } from './fieldValues'

/**
 * `GET /api/offers/xyz`, `/api/documents/undefined` or `/1e308` used to reach PostgreSQL as an
 * integer it cannot read (a 500). An id that cannot be one of the collection's ids names no
 * document: 404, before any query.
 */
export const validateDocumentId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null || !hasIntegerIds(req.payload, collection.slug) || isIntegerId(id)) return args
  throw notFound(`Document introuvable : l’identifiant « ${String(id).slice(0, 40)} » n’est pas un nombre entier valide.`)
}
