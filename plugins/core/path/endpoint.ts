import type { Endpoint } from 'payload'

import { notFound } from '../../../src/kernel/lib/errors'
import { readPath } from './readPath'

/** GET /api/accounts/{id}/path: the young person's path (« Parcours »). */
export const pathEndpoint: Endpoint = {
  path: '/:id/path',
  method: 'get',
  handler: async (req) => {
    const account = Number(req.routeParams?.id)
    if (!Number.isInteger(account) || account <= 0) throw notFound('Ce parcours est introuvable.')
    return Response.json(await readPath({ req, account }), { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
