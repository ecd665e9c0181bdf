import type { PayloadRequest } from 'payload'

import { badRequest } from '../../../src/kernel/lib/errors'

/** The request's JSON body; a 400 in French when it is not JSON. */
export const readJsonBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return await req.json?.()
  } catch {
    throw badRequest('Corps de requête invalide : du JSON est attendu.')
  }
}
