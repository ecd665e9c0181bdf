import { createLocalReq, type Payload } from 'payload'

import { BULK_OPERATIONS_SLUG, runBulkOperation, startBulkOperation } from '../../../src/kernel/bulk'
import { ARCHIVING_RUNS_SLUG } from './collections'
import type { ArchivingSettings } from './defaults'
import { ARCHIVING_KIND } from './kind'
import { findArchivable } from './rule'

/** Ids of every account the rule archives at `now`, read page by page (ids only: 100 000 of them are under a megabyte). */
const archivableIds = async ({ payload, minAge, now, structures }: { payload: Payload; minAge: number; now: Date; structures: 'everywhere' | number[] }) => {
  const req = await createLocalReq({}, payload)
  const ids: number[] = []
  let afterId = 0
  for (;;) {
    const page = await findArchivable({ req, minAge, afterId, limit: 5000, now, structures })
    if (page.length === 0) return ids
    for (const account of page) ids.push(account.id)
    afterId = page[page.length - 1].id
  }
}

/**
 * One run of the automatic rule: the accounts it archives now become one `bulk-operations`
 * document (kind `archiving`), run in chunks of short transactions with progress and per-item
 * errors like every bulk operation; the `archiving-runs` record says when and why it ran and
 * points at that operation (its status and figures are the operation's). Started by the
 * platform (no user), so only the rule may archive with reason `automatic`.
 * The nightly task only starts it (the queue runs it); `runInline` waits for the end (the
 * « run now » endpoint and the bench). A second run while one is under way starts nothing.
 */
export const runArchiving = async ({
  payload,
  settings,
  trigger = 'nightly',
  now = new Date(),
  runInline = false,
  structures = 'everywhere',
}: {
  payload: Payload
  settings: Pick<ArchivingSettings, 'minAge' | 'chunkSize'>
  trigger?: 'nightly' | 'manual'
  now?: Date
  runInline?: boolean
  /** The night's run covers every structure; a bench narrows it to its own. */
  structures?: 'everywhere' | number[]
}) => {
  const req = await createLocalReq({}, payload)
  const running = await payload.count({ collection: BULK_OPERATIONS_SLUG, where: { and: [{ kind: { equals: ARCHIVING_KIND } }, { status: { in: ['queued', 'running'] } }] }, overrideAccess: true, req })
  if (running.totalDocs > 0) {
    payload.logger.info({ msg: "Archivage automatique : un passage est déjà en cours, celui-ci n'en lance pas d'autre" })
  }
  const ids = running.totalDocs > 0 ? [] : await archivableIds({ payload, minAge: settings.minAge, now, structures })
  const operation = ids.length
    ? await startBulkOperation({ req, kind: ARCHIVING_KIND, params: { minAge: settings.minAge, now: now.toISOString() }, items: ids, structures: [] })
    : null
  const run = await payload.create({ collection: ARCHIVING_RUNS_SLUG, data: { trigger, operation: operation?.id ?? null }, overrideAccess: true, req })
  if (operation && runInline) await runBulkOperation({ payload, id: operation.id, budgetMs: Number.POSITIVE_INFINITY })
  return payload.findByID({ collection: ARCHIVING_RUNS_SLUG, id: run.id, overrideAccess: true, depth: 0 })
}
