import type { Endpoint } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { startReassignment } from '../operations/reassignments'

/**
 * POST `/api/reassignments/reassign` `{ type: "temporary" | "definitive", from, to, endsAt?,
 * ids: [...] | all: true }` → 201 `{ reassignment, operation }` (the bulk operation moving them).
 */
export const reassignEndpoint: Endpoint = {
  path: '/reassign',
  method: 'post',
  handler: async (req) => {
    if (req.user?.collection !== 'users') throw forbidden('Connectez-vous avec un compte du personnel pour réaffecter des bénéficiaires.')
    const body = await readJsonObject(req, '{ "type": "temporary", "from": 12, "to": 14, "endsAt": "2027-01-15", "all": true }', ['type', 'from', 'to', 'endsAt', 'ids', 'all'])
    return Response.json(await startReassignment({ req, body }), { status: 201 })
  },
}

export const reassignmentEndpoints: Endpoint[] = [reassignEndpoint]
