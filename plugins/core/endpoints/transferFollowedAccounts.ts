import type { Endpoint } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { INLINE_TRANSFER_LIMIT, staffName, startCounsellorTransfer } from '../operations/bulkTransfers'
import { publicBulkDoc } from './bulkTransfers'

/**
 * POST `/api/users/:id/transfer-accounts` with `{ "to": <user id> }`: every file the user follows
 * goes to `to`. The same bulk operation as `/api/bulk-operations/transfer-counsellor`; up to
 * one chunk of files it runs within the request and answers 200 `{ transferred, message,
 * operation }` as before, beyond it answers 202 with the operation to follow.
 */
export const transferFollowedAccountsEndpoint: Endpoint = {
  path: '/:id/transfer-accounts',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw forbidden('Connectez-vous pour transférer des dossiers.')
    const { to } = await readJsonObject(req, '{ "to": 12 }')
    const { operation, source, target } = await startCounsellorTransfer({
      req,
      from: String(req.routeParams?.id),
      to,
      selection: { all: true },
      inlineUpTo: INLINE_TRANSFER_LIMIT,
      allowEmpty: true,
    })
    if (!operation) return Response.json({ transferred: 0, message: `${staffName(source)} ne suit aucun dossier.`, operation: null })
    const doc = publicBulkDoc(operation)
    if (operation.status === 'queued' || operation.status === 'running') {
      return Response.json({ transferred: 0, message: `Transfert de ${operation.total} dossier(s) lancé : suivez sa progression.`, operation: doc }, { status: 202 })
    }
    const failed = operation.failed ? ` ${operation.failed} n'ont pas pu l'être.` : ''
    return Response.json({ transferred: operation.done, message: `${operation.done} dossier(s) de ${staffName(source)} transféré(s) à ${staffName(target)}.${failed}`, operation: doc })
  },
}
