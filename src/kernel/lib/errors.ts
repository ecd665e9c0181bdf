import { APIError, ValidationError, type PayloadRequest } from 'payload'

/** 400 naming the field and why, in the request's language (French by default). */
export const invalidField = ({
  req,
  collection,
  path,
  message,
}: {
  req?: PayloadRequest
  collection?: string
  path: string
  message: string
}) => new ValidationError({ collection, errors: [{ message, path }] }, req?.t)

/** 403 with a French message. */
export const forbidden = (message = "Vous n'avez pas le droit d'effectuer cette action.") => new APIError(message, 403, null, true)

/** 404 with a French message. */
export const notFound = (message = 'Document introuvable.') => new APIError(message, 404, null, true)

/** 409 with a French message. */
export const conflict = (message: string) => new APIError(message, 409, null, true)

/** 400 with a French message, when no single field is at fault. */
export const badRequest = (message: string) => new APIError(message, 400, null, true)

/** The wording of every 429: what was limited, and when to come back. */
export const tooManyRequestsMessage = (what: string) => `${what} : réessayez dans quelques minutes.`

/** 429 with a French message. */
export const tooManyRequests = (what: string) => new APIError(tooManyRequestsMessage(what), 429, null, true)

/** 415 with a French message: the body is not in a format the endpoint reads. */
export const unsupportedMediaType = (message: string) => new APIError(message, 415, null, true)

/** The one wording of a body that is not a JSON object, whoever refuses it. */
export const NOT_A_JSON_OBJECT = 'Le corps de la requête doit être un objet JSON'
