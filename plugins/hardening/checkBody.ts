import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { badRequest, NOT_A_JSON_OBJECT, unsupportedMediaType } from '../../src/kernel/lib/errors'
import { isPlainObject } from '../../src/kernel/lib/values'
import { bodyProblems } from './bodyProblems'

const READABLE_TYPES = ['application/json', 'multipart/form-data']

const contentTypeOf = (headers: Headers) => (headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()

/**
 * Every create and update sent over REST or GraphQL, before Payload walks the data (where a
 * bare `123` or `null` used to crash into a 500): the body must be a JSON object (400) in a
 * format Payload reads (415), each value of the type its field stores, and, over REST, name no
 * field the collection does not have (GraphQL's input types refuse those themselves). Data our
 * own code passes with the request (`data !== req.data`) is not the client's body and is trusted
 * for its shape, not for its values.
 */
/** Keys Payload itself adds to an upload's copy of the body. */
const UPLOAD_KEYS = ['prefix', '_objectKey']

/**
 * Payload hands an upload collection's operation a shallow copy of the body (without its file
 * keys), every other collection the body itself. Either way, this data is the client's.
 */
const isClientBody = ({ data, req, isUpload }: { data: unknown; req: PayloadRequest; isUpload: boolean }) => {
  if (req.payloadAPI !== 'REST') return false
  if (data === req.data) return true
  const body = req.data as Record<string, unknown> | undefined
  return isUpload && isPlainObject(data) && typeof body === 'object' && body !== null && Object.keys(data).every((key) => UPLOAD_KEYS.includes(key) || data[key] === body[key])
}

export const checkBody: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI === 'local') return args
  const isFromClient = isClientBody({ data: (args as { data?: unknown }).data, req, isUpload: Boolean(collection.upload) })
  // The body as the client sent it: an upload's copy of an array is an object with keys 0, 1…
  const data = isFromClient ? req.data : (args as { data?: unknown }).data
  if (isFromClient && !isPlainObject(data)) {
    const contentType = contentTypeOf(req.headers)
    // A file sent alone (multipart without `_payload`) carries no fields: Payload handles it.
    if (data === undefined && contentType === 'multipart/form-data') return args
    if (contentType && !READABLE_TYPES.includes(contentType)) {
      throw unsupportedMediaType(`Type de contenu non pris en charge (« ${contentType} ») : envoyez un objet JSON avec l’en-tête Content-Type: application/json, ou multipart/form-data pour un fichier.`)
    }
    throw badRequest(`${NOT_A_JSON_OBJECT}, par exemple { "champ": "valeur" }.`)
  }
  if (!isPlainObject(data)) return args
  const problems = bodyProblems({ data, fields: collection.flattenedFields, payload: req.payload, isUnknownRefused: isFromClient })
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  return args
}
