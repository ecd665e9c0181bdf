import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { notFound } from '../../src/kernel/lib/errors'
import { isIntegerId } from '../../src/kernel/lib/values'
import { hasIntegerIds } from './fieldValues'

/**
 * `GET /api/offers/xyz`, `/api/documents/undefined` or `/1e308` used to reach PostgreSQL as an
 * integer it cannot read (a 500), and Payload reads a path id with `parseFloat`, so `/1abc`
 * (or `/1' OR 1=1`) named document 1. An id that cannot be one of the collection's ids, as the
 * client wrote it, names no document: 404, before any query.
 */
/**
 * The id as written in the path of Payload's own `/api/<collection>/<id>` routes; an operation
 * a custom endpoint runs (`/:id/transitions`, `/verify/:token`) gets the id it was given.
 */
const idAsWritten = (req: PayloadRequest, slug: string, parsed: unknown): unknown => {
  const raw = req.routeParams?.id
  if (req.payloadAPI !== 'REST' || typeof raw !== 'string' || req.routeParams?.collection !== slug) return parsed
  const segments = (req.pathname ?? '').split('/')
  const isByIdRoute = segments.at(-2) === slug && safeDecode(segments.at(-1) ?? '') === raw
  return isByIdRoute ? raw : parsed
}

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export const validateDocumentId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const parsed = (args as { id?: unknown }).id
  if (parsed === undefined || parsed === null || !hasIntegerIds(req.payload, collection.slug)) return args
  const asWritten = idAsWritten(req, collection.slug, parsed)
  const id = typeof asWritten === 'string' && !/^-?\d+$/.test(asWritten) ? Number.NaN : asWritten
  if (isIntegerId(id)) return args
  throw notFound(`Document introuvable : l’identifiant « ${String(asWritten).slice(0, 40)} » n’est pas un nombre entier valide.`)
}
