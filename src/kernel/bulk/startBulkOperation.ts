import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { BulkOperation } from '../../payload-types'

import { asPrincipal, userStructureIds } from '../access/user'
import { badRequest } from '../lib/errors'
import { queueBulkJob, runBulkOperation } from './runBulkOperation'
import { BULK_OPERATIONS_SLUG, bulkKindOf } from './types'

export type BulkOperationDoc = BulkOperation

/**
 * Starts a bulk operation of a registered `kind` on `items` (ids, resolved and checked by the
 * caller beforehand): writes the `bulk-operations` document (`queued`) and its job in one
 * transaction, and answers the document at once (the endpoint replies 202 with it). The queue's
 * next poll starts the job, which runs the items in chunks, each its own short transaction.
 *
 * `runInline` runs the whole operation inside this call instead (small operations whose caller
 * waits for the result, e.g. the older synchronous endpoint); the same chunks, the same checks.
 */
export const startBulkOperation = async ({
  req,
  kind,
  params,
  items,
  structures,
  runInline = false,
}: {
  req: PayloadRequest
  kind: string
  params: Record<string, unknown>
  items: number[]
  /** Who else reads it (admins of these structures); the creator's structures by default. */
  structures?: number[]
  runInline?: boolean
}): Promise<BulkOperationDoc> => {
  if (!bulkKindOf(req.payload.config, kind)) throw new Error(`Opération groupée inconnue : ${kind}`)
  const unique = [...new Set(items.map(Number))]
  if (unique.length === 0) throw badRequest('Aucun élément sélectionné : choisissez au moins un élément.')
  const shouldCommit = await initTransaction(req)
  let doc: BulkOperationDoc
  try {
    doc = await req.payload.create({
      collection: BULK_OPERATIONS_SLUG,
      data: {
        kind,
        params,
        items: unique,
        position: 0,
        total: unique.length,
        done: 0,
        failed: 0,
        errors: [],
        status: 'queued',
        createdBy: req.user?.collection === 'users' ? req.user.id : null,
        structures: structures ?? userStructureIds(asPrincipal(req.user)),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await queueBulkJob({ payload: req.payload, id: doc.id, req })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  if (runInline && shouldCommit) {
    await runBulkOperation({ payload: req.payload, id: doc.id, budgetMs: Number.POSITIVE_INFINITY })
    return req.payload.findByID({ collection: BULK_OPERATIONS_SLUG, id: doc.id, depth: 0, overrideAccess: true })
  }
  return doc
}
