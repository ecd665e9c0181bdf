import type { Endpoint } from 'payload'

import { badRequest, forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { transferFollowedAccounts } from '../operations/transferFollowedAccounts'

/** POST `/api/users/:id/transfer-accounts` with `{ "to": <user id> }`. */
export const transferFollowedAccountsEndpoint: Endpoint = {
  path: '/:id/transfer-accounts',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw forbidden('Connectez-vous pour transférer des dossiers.')
    const { to } = await readJsonObject(req, '{ "to": 12 }')
    if (to === undefined) throw badRequest('Le champ « to » est obligatoire : l’utilisateur qui reprend les dossiers.')
    return Response.json(await transferFollowedAccounts({ req, from: String(req.routeParams?.id), to }))
  },
}
