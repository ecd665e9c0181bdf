import type { Endpoint } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { addUserToTable } from '../operations/addUserToTable'

/** POST `/api/users/:id/reference-items` with `{ "table": "programme-referents" }` (optionally `structure`). */
export const addUserToTableEndpoint: Endpoint = {
  path: '/:id/reference-items',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw forbidden('Connectez-vous pour modifier les tables de référence.')
    const { table, structure } = await readJsonObject(req, '{ "table": "programme-referents" }', ['table', 'structure'])
    const result = await addUserToTable({ req, userId: String(req.routeParams?.id), table, structure })
    return Response.json(result, { status: result.created ? 201 : 200 })
  },
}
