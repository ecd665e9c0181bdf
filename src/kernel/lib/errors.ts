import type { GraphQLFormattedError } from 'graphql'
import { APIError, ValidationError, type PayloadRequest } from 'payload'

type LabelledField = { name?: string; label?: unknown; flattenedFields?: LabelledField[] }

const translated = (label: unknown, language: string): string | null => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Record<string, string>)[language] ?? (label as Record<string, string>).fr ?? null
  return null
}

/**
 * The French label of the field at `path` in a collection, as the admin shows it: a nested field
 * reads like Payload's own summaries (« Contact familial > Téléphone »); null when the path names
 * no labelled field.
 */
export const fieldLabel = ({ req, collection, path }: { req?: PayloadRequest; collection?: string; path: string }): string | null => {
  const collections = req?.payload?.collections as Record<string, { config: { flattenedFields: unknown } }> | undefined
  let fields = (collection ? collections?.[collection]?.config.flattenedFields : undefined) as LabelledField[] | undefined
  const labels: string[] = []
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    const field = fields?.find((candidate) => candidate.name === segment)
    const label = translated(field?.label, req?.i18n?.language ?? 'fr')
    if (!field || !label) return null
    labels.push(label)
    fields = field.flattenedFields
  }
  return labels.length ? labels.join(' > ') : null
}

/**
 * 400 naming the field and why, in the request's language (French by default): the admin
 * attaches `message` to the field at `path`, and the summary names the field by its French
 * `label` (given, or read from the collection), never by its internal name.
 */
export const invalidField = ({
  req,
  collection,
  path,
  label,
  message,
}: {
  req?: PayloadRequest
  collection?: string
  path: string
  label?: string
  message: string
}) => new ValidationError({ collection, errors: [{ message, path, label: label ?? fieldLabel({ req, collection, path }) ?? message }] }, req?.t)

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

/**
 * Stable codes beside the French messages, so that clients and tests match a code, not a
 * sentence: every REST error answers `{ errors: [{ message, code, field? }] }`.
 */
export const ERROR_CODES = {
  400: 'INVALID',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  423: 'LOCKED',
  429: 'TOO_MANY_REQUESTS',
  503: 'UNAVAILABLE',
} as const satisfies Record<number, string>

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES] | 'INTERNAL'

export const errorCodeOf = (status: number): ErrorCode => (ERROR_CODES as Record<number, ErrorCode>)[status] ?? (status >= 500 ? 'INTERNAL' : 'INVALID')

type ErrorEntry = { message?: unknown; code?: string; field?: string; data?: { errors?: { path?: string }[] } }

/**
 * Payload's `afterError` hook (REST and GraphQL): adds `code` (from the status) to every entry of the answer,
 * and `field` to a validation error's (the first field at fault, as `data.errors[].path`).
 */
export const addErrorCodes = ({ error, result, graphqlResult }: { error: Error; result?: unknown; graphqlResult?: GraphQLFormattedError }) => {
  if (graphqlResult) return { graphqlResult: withGraphqlErrorCode(graphqlResult) }
  const entries = (result as { errors?: ErrorEntry[] } | undefined)?.errors
  if (!Array.isArray(entries)) return
  const status = Number((error as { status?: number }).status) || 500
  const code = errorCodeOf(status)
  for (const entry of entries) {
    entry.code ??= code
    const field = entry.data?.errors?.[0]?.path
    if (field && !entry.field) entry.field = field
  }
  return { response: result as Record<string, unknown> }
}

/**
 * The same codes on GraphQL, where the convention puts them: `errors[].extensions.code` (and
 * `extensions.field` for a validation error), beside Payload's `name` and `statusCode`.
 */
const withGraphqlErrorCode = (entry: GraphQLFormattedError): GraphQLFormattedError => {
  const extensions = (entry.extensions ?? {}) as { statusCode?: number; code?: string; field?: string; data?: ErrorEntry['data'] }
  const field = extensions.field ?? extensions.data?.errors?.[0]?.path
  return { ...entry, extensions: { ...extensions, code: extensions.code ?? errorCodeOf(Number(extensions.statusCode) || 500), ...(field ? { field } : {}) } }
}
