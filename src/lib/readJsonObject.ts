import type { PayloadRequest } from 'payload'

import { badRequest } from './errors'

/** The request's JSON object body, or a 400 showing what was expected (`example`). */
export const readJsonObject = async (req: PayloadRequest, example: string): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    return body as Record<string, unknown>
  } catch {
    throw badRequest(`Le corps de la requête doit être un objet JSON, par exemple ${example}.`)
  }
}
