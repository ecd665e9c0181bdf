import type { Endpoint, PayloadRequest } from 'payload'

import { badRequest } from '../../../src/lib/errors'
import { describeTransitions } from '../operations/describeTransitions'
import { performTransition } from '../operations/performTransition'

const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    return body as Record<string, unknown>
  } catch {
    throw badRequest('Le corps de la requête doit être un objet JSON, par exemple { "event": "ENABLE" }.')
  }
}

/** GET and POST `/api/{collection}/:id/transitions` (DOMAIN.md, "The transition API"). */
export const transitionEndpoints = (collection: string): Endpoint[] => [
  {
    path: '/:id/transitions',
    method: 'get',
    handler: async (req) => Response.json(await describeTransitions({ req, collection, id: String(req.routeParams?.id) })),
  },
  {
    path: '/:id/transitions',
    method: 'post',
    handler: async (req) => {
      const { event, ...data } = await readJson(req)
      if (typeof event !== 'string') throw badRequest('Le champ « event » est obligatoire (ex. « ENABLE »).')
      const { doc } = await performTransition({ req, collection, id: String(req.routeParams?.id), event: { ...data, type: event } })
      return Response.json(doc)
    },
  },
]
