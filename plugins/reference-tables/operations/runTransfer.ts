import { sql } from 'drizzle-orm'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { drizzleFor, tableNameOf } from '../../../src/kernel/db/requestDb'
import { relationId } from '../../../src/kernel/lib/relationId'
import { findDocs, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { performTransition } from '../../lifecycle'
import { REFERENCE_SLUGS, REFERENCE_TRANSFER_CONTEXT } from '../slugs'
import { referenceUsages, replaceReference, whereUsing, type Usage } from './usages'

/** Records moved per transaction: short transactions, so nobody waits long on a locked record. */
export const TRANSFER_CHUNK_SIZE = 100

/** At most this many per-record errors are kept on the transfer. */
const MAX_ERRORS = 100

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

type Progress = { moved: number; failed: number; errors: { collection: string; id: number; message: string }[] }

/** A fresh system request in its own transaction: committed if `task` returns, rolled back if it throws. */
const inTransaction = async <T>(payload: Payload, task: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({ context: { [REFERENCE_TRANSFER_CONTEXT]: true, skipScopeGuard: true } }, payload)
  await initTransaction(req)
  try {
    const result = await task(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** The transfer's row locked for this transaction; is it still « Programmé » (not cancelled meanwhile)? */
const lockScheduled = async (req: PayloadRequest, id: number) => {
  const db = await drizzleFor<Executor>(req)
  const { rows } = await db.execute(sql`SELECT status FROM ${sql.identifier(tableNameOf(req, REFERENCE_SLUGS.transfers))} WHERE id = ${id} FOR UPDATE`)
  return rows[0]?.status === 'scheduled'
}

/** Replaces the source by the destination in these records (locked first, then read again inside the transaction). */
const moveRecords = async ({ req, usage, ids, from, to }: { req: PayloadRequest; usage: Usage; ids: number[]; from: number; to: number }) => {
  const db = await drizzleFor<Executor>(req)
  const list = `{${ids.join(',')}}`
  await db.execute(sql`SELECT id FROM ${sql.identifier(tableNameOf(req, usage.collection))} WHERE id = ANY(${list}::int[]) ORDER BY id FOR UPDATE`)
  const docs = await findDocs({ req, collection: usage.collection, where: { id: { in: ids } }, limit: ids.length })
  let moved = 0
  for (const doc of docs) {
    const changes = replaceReference(usage.fields, doc, { from, to })
    if (!changes) continue
    await req.payload.update({ collection: usage.collection as 'users', id: doc.id, data: changes as never, depth: 0, overrideAccess: true, req, context: req.context })
    moved += 1
  }
  return moved
}

const saveProgress = (req: PayloadRequest, id: number, progress: Progress) =>
  req.payload.update({ collection: REFERENCE_SLUGS.transfers as 'users', id, data: progress as never, depth: 0, overrideAccess: true, req, context: req.context })

/**
 * Runs one due transfer: every record that uses the source now uses the destination, collection
 * by collection, `TRANSFER_CHUNK_SIZE` records per short transaction; each chunk locks the
 * transfer first, so a transfer cancelled meanwhile stops at once, and saves the progress
 * (`moved`, `failed`, `errors`). A chunk that fails is retried record by record, and a record
 * that still fails is counted and left on the source (the source then cannot be deleted).
 * Running it again moves only what is left. Ends with `RUN` (« Réalisé »).
 */
export const runTransfer = async ({ payload, transfer, chunkSize = TRANSFER_CHUNK_SIZE }: { payload: Payload; transfer: AnyDoc; chunkSize?: number }) => {
  const from = relationId(transfer.source)
  const to = relationId(transfer.destination)
  const progress: Progress = { moved: Number(transfer.moved ?? 0), failed: Number(transfer.failed ?? 0), errors: [...((transfer.errors as Progress['errors']) ?? [])] }
  if (from === null || to === null) return { ...progress, isStopped: true }
  for (const usage of referenceUsages(payload)) {
    let afterId = 0
    for (;;) {
      const readReq = await createLocalReq({}, payload)
      const chunk = await findDocs({ req: readReq, collection: usage.collection, where: { and: [whereUsing(usage.paths, from), { id: { greater_than: afterId } }] }, sort: 'id', limit: chunkSize })
      if (chunk.length === 0) break
      const ids = chunk.map((doc) => doc.id)
      afterId = ids[ids.length - 1]
      const moveChunk = (chunkIds: number[]) =>
        inTransaction(payload, async (req) => {
          if (!(await lockScheduled(req, transfer.id))) return null
          const moved = await moveRecords({ req, usage, ids: chunkIds, from, to })
          await saveProgress(req, transfer.id, { ...progress, moved: progress.moved + moved })
          return moved
        })
      const isScheduled = await moveChunk(ids).then((moved) => {
        if (moved === null) return false
        progress.moved += moved
        return true
      }).catch(async () => {
        // One record refused: the others go one by one, each in its own transaction.
        for (const id of ids) {
          const outcome = await moveChunk([id]).catch((error: unknown) => error as Error)
          if (outcome === null) return false
          if (typeof outcome === 'number') progress.moved += outcome
          else {
            progress.failed += 1
            if (progress.errors.length < MAX_ERRORS) progress.errors.push({ collection: usage.collection, id, message: outcome.message })
            await inTransaction(payload, (req) => saveProgress(req, transfer.id, progress))
          }
        }
        return true
      })
      if (!isScheduled) return { ...progress, isStopped: true }
    }
  }
  const req = await createLocalReq({ context: { [REFERENCE_TRANSFER_CONTEXT]: true } }, payload)
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
