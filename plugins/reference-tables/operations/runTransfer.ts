import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest, type Where } from 'payload'

import { BULK_OPERATIONS_SLUG, bulkErrorsOf, runBulkOperation, startBulkOperation } from '../../../src/kernel/bulk'
import { relationId } from '../../../src/kernel/lib/relationId'
import { findDocs, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { performTransition } from '../../lifecycle'
import { REFERENCE_SLUGS, REFERENCE_TRANSFER_CONTEXT } from '../slugs'
import { REFERENCE_TRANSFER_KIND } from './transferKind'
import { referenceUsages, whereUsing } from './usages'

export { TRANSFER_CHUNK_SIZE } from './transferKind'

/** At most this many per-record errors are copied on the transfer (all of them stay on its operations). */
const MAX_ERRORS = 100

type Progress = { moved: number; failed: number; errors: { collection: string; id: number; message: string }[] }

/** Ids of the records of one collection that use the item `from` (ids only, page by page). */
const idsUsing = async ({ req, collection, where }: { req: PayloadRequest; collection: CollectionSlug; where: Where }) => {
  const ids: number[] = []
  for (;;) {
    const page = await findDocs({ req, collection, where: { and: [where, { id: { greater_than: ids.at(-1) ?? 0 } }] }, sort: 'id', limit: 5000 })
    if (page.length === 0) return ids
    for (const doc of page) ids.push(Number(doc.id))
  }
}

const isScheduled = async (req: PayloadRequest, id: number) =>
  (await req.payload.findByID({ collection: REFERENCE_SLUGS.transfers, id, depth: 0, overrideAccess: true, disableErrors: true, req }))?.status === 'scheduled'

/**
 * Runs one due transfer: for each collection whose records use the source, one bulk operation
 * (kind `reference-transfer`: chunks of short transactions, progress, per-record errors) moves
 * them to the destination; the transfer keeps its operations and the totals (`moved`, `failed`,
 * `errors`), then `RUN` (« Réalisé »). A record that cannot be saved keeps the source (which then
 * cannot be deleted). Running it again moves only what is left. The clock's job runs it, so it
 * is already in the background; no person waits for it.
 */
export const runTransfer = async ({ payload, transfer }: { payload: Payload; transfer: AnyDoc }) => {
  const from = relationId(transfer.source)
  const to = relationId(transfer.destination)
  const progress: Progress = { moved: Number(transfer.moved ?? 0), failed: Number(transfer.failed ?? 0), errors: [...((transfer.errors as Progress['errors']) ?? [])] }
  if (from === null || to === null) return { ...progress, isStopped: true }
  const req = await createLocalReq({ context: { [REFERENCE_TRANSFER_CONTEXT]: true } }, payload)
  const operations = ((transfer.operations as unknown[] | undefined) ?? []).map(relationId).filter((id): id is number => id !== null)
  for (const usage of referenceUsages(payload)) {
    // Cancelled meanwhile (before its hour: after it, CANCEL is refused): stop here.
    if (!(await isScheduled(req, transfer.id))) return { ...progress, isStopped: true }
    const items = await idsUsing({ req, collection: usage.collection, where: whereUsing(usage.paths, from) })
    if (items.length === 0) continue
    const structure = relationId(transfer.structure)
    const started = await startBulkOperation({
      req,
      kind: REFERENCE_TRANSFER_KIND,
      params: { transfer: transfer.id, itemCollection: usage.collection, from, to },
      items,
      structures: structure ? [structure] : [],
    })
    operations.push(started.id)
    await runBulkOperation({ payload, id: started.id, budgetMs: Number.POSITIVE_INFINITY })
    const finished = await payload.findByID({ collection: BULK_OPERATIONS_SLUG, id: started.id, depth: 0, overrideAccess: true, req })
    progress.moved += finished.done
    progress.failed += finished.failed
    for (const error of bulkErrorsOf(finished)) {
      if (progress.errors.length < MAX_ERRORS) progress.errors.push({ collection: usage.collection, id: error.item, message: error.message })
    }
    await payload.update({ collection: REFERENCE_SLUGS.transfers, id: transfer.id, data: { ...progress, operations }, depth: 0, overrideAccess: true, req, context: req.context })
  }
  await performTransition({ req, collection: REFERENCE_SLUGS.transfers, id: transfer.id, event: { type: 'RUN' }, skipPermission: true }).catch((error: unknown) => {
    // Cancelled or run by another clock meanwhile (409): nothing more to do.
    if ((error as { status?: number }).status !== 409) throw error
  })
  return { ...progress, isStopped: false }
}

/**
 * The clock's work at `now`: every transfer « Programmé » whose time has come runs, oldest
 * first (so a transfer into an item that is itself transferred later ends at the last one).
 * Pure of any clock: a test passes the `now` it wants.
 */
export const runDueTransfers = async ({ payload, now = new Date() }: { payload: Payload; now?: Date }) => {
  const req = await createLocalReq({}, payload)
  const due = await findDocs({
    req,
    collection: REFERENCE_SLUGS.transfers,
    where: { and: [{ status: { equals: 'scheduled' } }, { scheduledFor: { less_than_equal: now.toISOString() } }] },
    sort: 'scheduledFor',
    limit: 100,
  })
  const results: { id: number; moved: number; failed: number }[] = []
  for (const transfer of due) {
    const { moved, failed } = await runTransfer({ payload, transfer })
    results.push({ id: transfer.id, moved, failed })
  }
  return results
}
