import type { Endpoint, PayloadRequest } from 'payload'

import { publicBulkDoc } from '../../../src/kernel/bulk'
import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { startCounsellorTransfer, startPlaceTransfer } from '../operations/bulkTransfers'

const SELECTION_KEYS = ['ids', 'all', 'search', 'status', 'structure']

export { publicBulkDoc }

const requireStaff = (req: PayloadRequest) => {
  if (req.user?.collection !== 'users') throw forbidden('Connectez-vous avec un compte du personnel pour lancer un transfert.')
}

/**
 * POST `/api/bulk-operations/transfer-counsellor` `{ from, to, ids: [...] }` or
 * `{ from, to, all: true, search?, status?, structure? }` → 202 with the operation.
 */
export const transferCounsellorEndpoint: Endpoint = {
  path: '/transfer-counsellor',
  method: 'post',
  handler: async (req) => {
    requireStaff(req)
    const { from, to, ...selection } = await readJsonObject(req, '{ "from": 12, "to": 14, "ids": [101, 102] }', ['from', 'to', ...SELECTION_KEYS])
    const { operation } = await startCounsellorTransfer({ req, from, to, selection })
    return Response.json(publicBulkDoc(operation!), { status: 202 })
  },
}

/** POST `/api/bulk-operations/transfer-place` `{ structure, ids | all… }` → 202 with the operation. */
export const transferPlaceEndpoint: Endpoint = {
  path: '/transfer-place',
  method: 'post',
  handler: async (req) => {
    requireStaff(req)
    const { structure, from, ...selection } = await readJsonObject(req, '{ "structure": 7, "ids": [101, 102] }', ['structure', 'from', ...SELECTION_KEYS])
    const { operation } = await startPlaceTransfer({ req, structure, selection, from })
    return Response.json(publicBulkDoc(operation), { status: 202 })
  },
}
