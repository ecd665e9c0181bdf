import type { Endpoint } from 'payload'

import { publicBulkDoc } from '../../../src/kernel/bulk'
import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { startReferentTransfer, type ReferentTransfer } from './startReferentTransfer'

const endpoint = (path: string, transfer: ReferentTransfer): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    if (req.user?.collection !== 'users') throw forbidden('Connectez-vous avec un compte du personnel pour lancer un transfert.')
    const body = await readJsonObject(req, '{ "from": 12, "to": 14, "ids": [101, 102] }', ['from', 'to', 'ids', 'all', 'into'])
    return Response.json(publicBulkDoc(await startReferentTransfer({ req, transfer, body })), { status: 202 })
  },
})

/**
 * POST `/api/bulk-operations/transfer-offer-referent` and `/transfer-partner-referent`
 * `{ from, to, ids: [...] | all: true }` → 202 with the `bulk-operations` document.
 */
export const referentTransferEndpoints: Endpoint[] = [endpoint('/transfer-offer-referent', 'offers'), endpoint('/transfer-partner-referent', 'partners')]
