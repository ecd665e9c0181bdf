import { sql } from 'drizzle-orm'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { drizzleFor, tableNameOf } from '../db/requestDb'
import { absoluteUrl } from '../email/links'
import { relationId } from '../lib/relationId'
import { notifyStaffLater } from '../notifications/notifyLater'
import { BULK_OPERATIONS_SLUG, BULK_QUEUE, BULK_TASK, bulkKindOf, type BulkItemError, type BulkKind } from './types'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

type LockedOperation = {
  id: number
  kind: string
  status: string
  params: Record<string, unknown>
  items: number[]
  position: number
  done: number
  failed: number
  total: number
  createdBy: number | null
}

const DEFAULT_CHUNK = 200

/** The French words of a refused item: a 400's field message, a 403/404/409's message, never a stack. */
export const itemErrorMessage = (error: unknown): string => {
  const e = error as { data?: { errors?: { message?: string }[] }; message?: string; status?: number; isPublic?: boolean }
  const fieldMessage = e?.data?.errors?.[0]?.message
  if (fieldMessage) return fieldMessage
  if (e?.message && (e.isPublic || (typeof e.status === 'number' && e.status < 500))) return e.message
  return 'Erreur inattendue : cet élément n’a pas été traité.'
}

const db = (req: PayloadRequest) => drizzleFor<Executor>(req)
const table = (req: PayloadRequest) => sql.identifier(tableNameOf(req, BULK_OPERATIONS_SLUG))

/** The operation's row, locked for this transaction: one chunk of one operation at a time, everywhere. */
const lockOperation = async (req: PayloadRequest, id: number): Promise<LockedOperation | null> => {
  const { rows } = await (await db(req)).execute(sql`
    SELECT id, kind, status::text AS status, params, items, position, done, failed, total, created_by_id AS "createdBy"
    FROM ${table(req)} WHERE id = ${id} FOR UPDATE`)
  const row = rows[0]
  if (!row) return null
  return {
    id: Number(row.id),
    kind: String(row.kind),
    status: String(row.status),
    params: (row.params ?? {}) as Record<string, unknown>,
    items: ((row.items ?? []) as unknown[]).map(Number),
    position: Number(row.position ?? 0),
    done: Number(row.done ?? 0),
    failed: Number(row.failed ?? 0),
    total: Number(row.total ?? 0),
    createdBy: row.createdBy == null ? null : Number(row.createdBy),
  }
}

const isFinished = (status: string) => status === 'done' || status === 'failed'

/**
 * Moves the cursor in the transaction that did the items' work: a chunk is recorded done if and
 * only if its writes committed, so a runner killed mid-chunk leaves the cursor before it and the
 * next runner does those items once.
 */
const advance = async ({
  req,
  operation,
  kind,
  processed,
  done,
  errors,
  creator,
}: {
  req: PayloadRequest
  operation: LockedOperation
  kind: BulkKind | undefined
  processed: number
  done: number
  errors: BulkItemError[]
  creator: Creator | null
}) => {
  const position = operation.position + processed
  const totalDone = operation.done + done
  const totalFailed = operation.failed + errors.length
  const isLast = position >= operation.total
  const status = isLast ? (totalFailed === operation.total && operation.total > 0 ? 'failed' : 'done') : 'running'
  await (await db(req)).execute(sql`
    UPDATE ${table(req)} SET
      position = ${position}, done = ${totalDone}, failed = ${totalFailed},
      errors = COALESCE(errors, '[]'::jsonb) || ${JSON.stringify(errors)}::jsonb,
      status = ${sql.raw(`'${status}'`)},
      started_at = COALESCE(started_at, now()), heartbeat_at = now(), updated_at = now(),
      finished_at = ${isLast ? sql`now()` : sql`NULL`}
    WHERE id = ${operation.id}`)
  if (isLast && creator) {
    const label = kind?.label ?? 'Opération groupée'
    const summary =
      kind?.summary?.({ done: totalDone, failed: totalFailed, total: operation.total, params: operation.params }) ??
      `${totalDone} élément(s) traité(s) sur ${operation.total}.`
    await notifyStaffLater({
      req,
      recipients: [creator],
      kind: 'bulk-operation',
      title: `${label} : terminé`,
      lines: [summary, ...(totalFailed ? [`${totalFailed} élément(s) n’ont pas pu être traités : voir le détail de l’opération.`] : [])],
      link: { label: 'Voir l’opération', url: absoluteUrl(`/admin/transferts?operation=${operation.id}`) },
      dedupeKey: `bulk-operation:${operation.id}:finished`,
    })
  }
  return { isFinished: isLast }
}

/** The operation's creator as a request's user (the Local API's documents do not carry `collection`). */
type Creator = User

const loadCreator = async (payload: Payload, id: number | null): Promise<Creator | null> => {
  if (id == null) return null
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
  return user ? { ...user, collection: 'users' } : null
}

/** A request of the operation's creator, with a transaction of its own. */
const chunkRequest = async (payload: Payload, creator: Creator | null) => {
  const req = await createLocalReq({ user: creator ?? undefined, context: { bulkOperation: true } }, payload)
  await initTransaction(req)
  return req
}

class TransactionLost extends Error {}

/**
 * One chunk in one short transaction: lock the operation, run `perItem` on the next items (each
 * behind a savepoint, so a refused item is undone alone), move the cursor. If an item's failure
 * took the whole transaction down (a Local API call rolls it back), nothing of the chunk is kept
 * and the chunk is done again one item per transaction.
 */
export const runBulkChunk = async ({ payload, id }: { payload: Payload; id: number }): Promise<{ isFinished: boolean }> => {
  const peek = await payload.findByID({ collection: BULK_OPERATIONS_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true, select: { createdBy: true } })
  if (!peek) return { isFinished: true }
  const creator = await loadCreator(payload, relationId(peek.createdBy))
  const req = await chunkRequest(payload, creator)
  try {
    const operation = await lockOperation(req, id)
    if (!operation || isFinished(operation.status)) {
      await commitTransaction(req)
      return { isFinished: true }
    }
    const kind = bulkKindOf(payload.config, operation.kind)
    const slice = operation.items.slice(operation.position, operation.position + (kind?.chunkSize ?? DEFAULT_CHUNK))
    const errors: BulkItemError[] = []
    let done = 0
    const executor = await db(req)
    for (const item of slice) {
      if (!kind) {
        errors.push({ item, message: `Type d’opération inconnu : ${operation.kind}.` })
        continue
      }
      await executor.execute(sql`SAVEPOINT bulk_item`)
      try {
        await kind.perItem({ req, item, params: operation.params })
        await executor.execute(sql`RELEASE SAVEPOINT bulk_item`)
        done += 1
      } catch (error) {
        if (!req.transactionID) throw new TransactionLost()
        await executor.execute(sql`ROLLBACK TO SAVEPOINT bulk_item`)
        errors.push({ item, message: itemErrorMessage(error) })
      }
    }
    const result = await advance({ req, operation, kind, processed: slice.length, done, errors, creator })
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    if (error instanceof TransactionLost) return runChunkItemByItem({ payload, id, creator })
    throw error
  }
}

/** The slow path of a chunk whose transaction an item's failure ended: each item in its own transaction. */
const runChunkItemByItem = async ({ payload, id, creator }: { payload: Payload; id: number; creator: Creator | null }) => {
  const first = await payload.findByID({ collection: BULK_OPERATIONS_SLUG, id, depth: 0, overrideAccess: true, select: { position: true, kind: true } })
  const kind = bulkKindOf(payload.config, first.kind)
  const end = (first.position ?? 0) + (kind?.chunkSize ?? DEFAULT_CHUNK)
  for (;;) {
    let req = await chunkRequest(payload, creator)
    let operation: LockedOperation | null = null
    try {
      operation = await lockOperation(req, id)
      if (!operation || isFinished(operation.status)) {
        await commitTransaction(req)
        return { isFinished: true }
      }
      if (operation.position >= end) {
        await commitTransaction(req)
        return { isFinished: false }
      }
      const item = operation.items[operation.position]
      await kind!.perItem({ req, item, params: operation.params })
      const result = await advance({ req, operation, kind, processed: 1, done: 1, errors: [], creator })
      await commitTransaction(req)
      if (result.isFinished) return result
    } catch (error) {
      await killTransaction(req)
      if (!operation) throw error
      req = await chunkRequest(payload, creator)
      try {
        const again = await lockOperation(req, id)
        if (again && again.position === operation.position && !isFinished(again.status)) {
          const result = await advance({ req, operation: again, kind, processed: 1, done: 0, errors: [{ item: again.items[again.position], message: itemErrorMessage(error) }], creator })
          await commitTransaction(req)
          if (result.isFinished) return result
        } else await commitTransaction(req)
      } catch (inner) {
        await killTransaction(req)
        throw inner
      }
    }
  }
}

/**
 * Runs chunks until the operation is finished or `budgetMs` has passed; then a fresh job takes
 * over, so a long operation never holds the queue's batch (nor a transaction) for long.
 */
export const runBulkOperation = async ({ payload, id, budgetMs = 15_000 }: { payload: Payload; id: number; budgetMs?: number }) => {
  const started = Date.now()
  for (;;) {
    const { isFinished } = await runBulkChunk({ payload, id })
    if (isFinished) return { isFinished: true }
    if (Date.now() - started > budgetMs) return { isFinished: false }
  }
}

/**
 * Queues the job that runs (or goes on running) operation `id`; with `req`, in its transaction.
 * The queue's next poll runs it (`JOBS_CRON`, or the worker): never `runByID` at once, which
 * ignores Payload's « processing » flag, so the poll could run the same job too, and the second
 * run's log for a job the first one completed (and deleted) fails in a transaction Payload never
 * closes, which PostgreSQL then ends under the process.
 */
export const queueBulkJob = async ({ payload, id, req }: { payload: Payload; id: number; req?: PayloadRequest }) =>
  payload.jobs.queue({ task: BULK_TASK, queue: BULK_QUEUE, input: { operation: id }, req })

/**
 * Operations queued or running whose last sign of life is older than `staleMs` (their runner
 * died: a killed process leaves Payload's job « processing » for good) get a new job. Safe with
 * a live runner too: chunks lock the operation and read the cursor, so no item is done twice.
 */
export const resumeStaleBulkOperations = async ({ payload, now = new Date(), staleMs = 120_000 }: { payload: Payload; now?: Date; staleMs?: number }) => {
  const req = await createLocalReq({}, payload)
  const limit = new Date(now.getTime() - staleMs).toISOString()
  const { rows } = await (await db(req)).execute(sql`
    UPDATE ${table(req)} SET heartbeat_at = ${now.toISOString()}
    WHERE status IN ('queued', 'running') AND COALESCE(heartbeat_at, created_at) < ${limit}
    RETURNING id`)
  const ids = rows.map((row) => Number(row.id))
  for (const id of ids) await queueBulkJob({ payload, id })
  return ids
}
