import type { Endpoint } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { movePostalCodes } from '../operations/movePostalCodes'

/** POST `/api/structures/:id/move-postal-codes` with `{ "to": <Mission Locale id>, "postalCodes": ["76500"] }`. */
export const movePostalCodesEndpoint: Endpoint = {
  path: '/:id/move-postal-codes',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw forbidden('Connectez-vous pour modifier une zone de couverture.')
    const { to, postalCodes } = await readJsonObject(req, '{ "to": 12, "postalCodes": ["76500"] }', ['to', 'postalCodes'])
    return Response.json(await movePostalCodes({ req, from: String(req.routeParams?.id), to, postalCodes }))
  },
}
