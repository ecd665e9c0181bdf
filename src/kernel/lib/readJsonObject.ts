import type { PayloadRequest } from 'payload'

import { badRequest, invalidField, NOT_A_JSON_OBJECT } from './errors'

/**
 * The request's JSON body, whatever its shape (the operation checks it), or a 400 when it is not
 * JSON at all. Endpoints that expect an object use `readJsonObject` below.
 */
export const readJson = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return await req.json?.()
  } catch {
    throw badRequest('Corps de requête invalide : du JSON est attendu.')
  }
}

/**
 * The request's JSON object body, or a 400 showing what was expected (`example`). With
 * `allowedKeys`, any other key is refused (400 naming it) rather than silently ignored.
 */
export const readJsonObject = async (req: PayloadRequest, example: string, allowedKeys?: string[]): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = req.json ? await req.json() : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
  } catch {
    throw badRequest(`${NOT_A_JSON_OBJECT}, par exemple ${example}.`)
  }
  const unknown = allowedKeys && Object.keys(body as object).find((key) => !allowedKeys.includes(key))
  if (unknown) throw invalidField({ req, path: unknown, message: `Champ inconnu : « ${unknown} ». Champs attendus : ${allowedKeys.join(', ')}.` })
  return body as Record<string, unknown>
}

/**
 * For endpoints that take no parameters: no body, or an empty JSON object. Anything else is a
 * 400 rather than silently ignored, so a client that thinks it passes options learns it does not.
 */
export const refuseParameters = async (req: PayloadRequest): Promise<void> => {
  const length = Number(req.headers.get('content-length') ?? 0)
  if (!length && !req.headers.get('transfer-encoding')) return
  await readJsonObject(req, '{}', [])
}
