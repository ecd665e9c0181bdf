import type { AfterErrorHook } from 'payload'

import { errorCodeOf } from '../../src/kernel/lib/errors'

/**
 * PostgreSQL's "data exception" codes (class 22) and the few others a client's input can
 * trigger. Each is the client's mistake, never the server's: a 400 saying what was wrong.
 */
const DATABASE_INPUT_ERRORS: Record<string, string> = {
  '22P02': 'une valeur n’a pas le type attendu (un nombre, une date ou une valeur de liste)',
  '22003': 'un nombre est hors des limites acceptées',
  '22021': 'un texte contient un caractère interdit (caractère nul)',
  '22P05': 'un texte contient un caractère interdit (caractère nul)',
  '22007': 'une date est mal formée',
  '22008': 'une date est hors des limites acceptées (années 1 à 9999)',
  '22001': 'un texte est trop long',
  '22025': 'un motif de recherche contient un échappement invalide',
  '2201B': 'une expression de recherche est invalide',
  '22023': 'une valeur est invalide',
  '42883': 'un filtre compare un champ avec une valeur d’un autre type',
  '54001': 'la requête est trop complexe',
}

type DatabaseError = { code: string; column?: string }

/** The PostgreSQL error behind a Drizzle or GraphQL wrapper, if there is one. */
const databaseErrorOf = (error: unknown): DatabaseError | undefined => {
  let current = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string' && current.code in DATABASE_INPUT_ERRORS) return current as DatabaseError
    current = (current.originalError ?? current.cause) as typeof current
  }
  return undefined
}

/** Payload's multipart reader rejects a body it cannot split (no boundary, cut short) as a 500. */
const isUnreadableMultipart = (error: unknown, contentType: string) =>
  contentType.startsWith('multipart/') && /eligible for file upload|boundary|multipart|unexpected end of form|malformed part/i.test((error as Error)?.message ?? '')

const isInvalidJson = (error: unknown) => (error as Error)?.message === 'Invalid JSON' && (error as { status?: number }).status === 400

/** A multipart form's `_payload` field is parsed with a bare `JSON.parse`. */
const isInvalidMultipartPayload = (error: unknown, contentType: string) => contentType.startsWith('multipart/') && (error as Error)?.name === 'SyntaxError'

const frenchMessageOf = (error: unknown, contentType: string): { message: string; status: number } | undefined => {
  const database = databaseErrorOf(error)
  if (database) {
    const field = database.column ? ` (champ « ${database.column} »)` : ''
    return { message: `Requête refusée${field} : ${DATABASE_INPUT_ERRORS[database.code]}.`, status: 400 }
  }
  if (isUnreadableMultipart(error, contentType)) {
    return { message: 'Corps multipart/form-data illisible (limite « boundary » absente ou corps tronqué) : envoyez un objet JSON (application/json) ou un formulaire multipart complet.', status: 400 }
  }
  if (isInvalidMultipartPayload(error, contentType)) return { message: 'Le champ « _payload » du formulaire doit être un objet JSON valide.', status: 400 }
  if (isInvalidJson(error)) return { message: 'Le corps de la requête n’est pas un JSON valide.', status: 400 }
  return undefined
}

/**
 * Input that only PostgreSQL or Payload's body reader can judge (a value the column cannot
 * hold, a multipart body without its boundary) reaches here as an error Payload answers with
 * a 500, or in English. The one place that turns each into a 400 in French. The statement
 * failed, so nothing was written: Payload's transaction is rolled back on any error.
 */
export const frenchInputErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const known = frenchMessageOf(error, (req.headers?.get('content-type') ?? '').toLowerCase())
  if (!known) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: known.message, extensions: { ...graphqlResult.extensions, statusCode: known.status } } }
  return { response: { ...result, errors: [{ message: known.message, code: errorCodeOf(known.status) }] }, status: known.status }
}
