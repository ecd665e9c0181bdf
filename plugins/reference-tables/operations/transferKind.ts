import { sql } from 'drizzle-orm'

import type { BulkKind } from '../../../src/kernel/bulk'
import { drizzleFor, tableNameOf } from '../../../src/kernel/db/requestDb'
import { findDocs } from '../../../src/kernel/lib/loadDoc'
import { REFERENCE_TRANSFER_CONTEXT } from '../slugs'
import { referenceUsages, replaceReference } from './usages'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export const REFERENCE_TRANSFER_KIND = 'reference-transfer'

/** Records moved per chunk (one short transaction each), so nobody waits long on a locked record. */
export const TRANSFER_CHUNK_SIZE = 100

/**
 * One record of one collection (`params.itemCollection`) moves from the source item to the
 * destination, inside the bulk chunk's transaction: locked, read again, every field that uses
 * the source rewritten through the Local API (its hooks and validation apply: a record that
 * cannot be saved is a per-item error and keeps the source). A record that no longer uses the
 * source (moved by an earlier, interrupted run) is simply done.
 */
export const referenceTransferKind: BulkKind = {
  slug: REFERENCE_TRANSFER_KIND,
  label: 'Transfert de références',
  itemCollection: 'accounts',
  chunkSize: TRANSFER_CHUNK_SIZE,
  summary: ({ done, total }) => `${done} dossier(s) sur ${total} ont changé de référence.`,
  perItem: async ({ req, item, params }) => {
    const usage = referenceUsages(req.payload).find((candidate) => candidate.collection === params.itemCollection)
    if (!usage) return
    const { collection } = usage
    await (await drizzleFor<Executor>(req)).execute(sql`SELECT id FROM ${sql.identifier(tableNameOf(req, collection))} WHERE id = ${item} FOR UPDATE`)
    const [doc] = await findDocs({ req, collection, where: { id: { equals: item } }, limit: 1 })
    const changes = doc ? replaceReference(usage.fields, doc, { from: Number(params.from), to: Number(params.to) }) : null
    if (!changes) return
    req.context = { ...req.context, [REFERENCE_TRANSFER_CONTEXT]: true, skipScopeGuard: true }
    await req.payload.update({
      collection,
      id: item,
      // The collection is known at run time only: the Local API cannot type data for a slug held in a variable.
      data: changes as never,
      depth: 0,
      overrideAccess: true,
      req,
      context: req.context,
    })
  },
}
