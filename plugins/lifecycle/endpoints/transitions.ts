import type { Endpoint } from 'payload'

import { badRequest } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { describeTransitions } from '../operations/describeTransitions'
import { transitionDocument } from '../operations/transitionDocument'
import type { BoundLifecycle } from '../types'

/** GET and POST `/api/{collection}/:id/transitions` (DOMAIN.md, "The transition API"), for one bound collection. */
export const transitionEndpoints = (lifecycle: BoundLifecycle): Endpoint[] => [
  {
    path: '/:id/transitions',
    method: 'get',
    handler: async (req) => Response.json(await describeTransitions({ lifecycle, req, id: String(req.routeParams?.id) })),
  },
  {
    path: '/:id/transitions',
    method: 'post',
    handler: async (req) => {
      const { event, ...data } = await readJsonObject(req, '{ "event": "ENABLE" }')
      if (typeof event !== 'string') throw badRequest('Le champ « event » est obligatoire (ex. « ENABLE »).')
      const { doc } = await transitionDocument({ lifecycle, req, id: String(req.routeParams?.id), event: { ...data, type: event } })
      return Response.json(doc)
    },
  },
]
