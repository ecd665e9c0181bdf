import type { Endpoint } from 'payload'

import { readJsonObject, refuseParameters } from '../../../../src/kernel/lib/readJsonObject'
import { inviteMembers, leaveSpace } from '../operations/membership'

/** POST /api/shared-spaces/:id/invite `{ users: [id…] }`: adds professionals of the caller's structures. */
const inviteEndpoint: Endpoint = {
  path: '/:id/invite',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonObject(req, '{ "users": [12, 34] }', ['users'])
    const { added } = await inviteMembers({ req, id: String(req.routeParams?.id), users: body.users })
    return Response.json({ message: added.length ? `${added.length} professionnel(s) invité(s).` : 'Ces professionnels sont déjà membres.', added })
  },
}

/** POST /api/shared-spaces/:id/leave: the caller leaves the space and loses access to it at once. */
const leaveEndpoint: Endpoint = {
  path: '/:id/leave',
  method: 'post',
  handler: async (req) => {
    await refuseParameters(req)
    await leaveSpace({ req, id: String(req.routeParams?.id) })
    return Response.json({ message: 'Vous avez quitté l’espace collaboratif.' })
  },
}

export const membershipEndpoints: Endpoint[] = [inviteEndpoint, leaveEndpoint]
