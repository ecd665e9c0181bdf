import type { Endpoint } from 'payload'

import { forbidden } from '../lib/errors'
import { countWorkItems } from './countWorkItems'

/** `GET /api/work-list`: what waits for the logged-in staff user, with the same counts as their dashboard. */
export const workListEndpoint: Endpoint = {
  path: '/work-list',
  method: 'get',
  handler: async (req) => {
    if (req.user?.collection !== 'users') throw forbidden('Connectez-vous avec un compte de professionnel pour voir ce qui vous attend.')
    return Response.json({ items: await countWorkItems({ req }) })
  },
}
