import type { CollectionSlug, Config, PayloadRequest } from 'payload'

import type { BulkOperation } from '../../payload-types'

/** The collection of bulk operations (DOMAIN.md « Bulk operations »); plugins/core defines it. */
export const BULK_OPERATIONS_SLUG = 'bulk-operations'

/** The jobs queue bulk operations run on: the effects queue, which every runner (server or worker) polls. */
export const BULK_QUEUE = 'effects'

/** The task that runs a bulk operation, chunk after chunk. */
export const BULK_TASK = 'bulk-operation'

export type BulkStatus = 'queued' | 'running' | 'done' | 'failed'

export type BulkItemError = { item: number; message: string }

/** An operation's `params` (a JSON field): the object its starter gave, empty when absent. */
export const bulkParamsOf = ({ params }: Pick<BulkOperation, 'params'>): Record<string, unknown> =>
  params !== null && typeof params === 'object' && !Array.isArray(params) ? params : {}

/** An operation's refused items (a JSON field the runner alone appends to). */
export const bulkErrorsOf = ({ errors }: Pick<BulkOperation, 'errors'>): BulkItemError[] =>
  // The schema types a JSON field as any JSON; the runner writes only BulkItemError rows there.
  Array.isArray(errors) ? (errors as BulkItemError[]) : []

/**
 * One kind of bulk operation. `perItem` does the work on one item inside the chunk's
 * transaction (`req.transactionID`, `req.user` = the operation's creator). It throws to refuse
 * the item (its French message is kept with the item's id, the other items go on); everything it
 * wrote for that item is undone.
 */
export type BulkKind = {
  /** Stored in `bulk-operations.kind`, e.g. `transfer-counsellor`. */
  slug: string
  /** What a person reads in the list of operations, e.g. « Changement de conseiller ». */
  label: string
  /** The collection the items are ids of (for the admin's links). */
  itemCollection: CollectionSlug
  perItem: (args: { req: PayloadRequest; item: number; params: Record<string, unknown> }) => Promise<void>
  /** Optional: words of the end notification, e.g. « 120 dossiers transférés ». */
  summary?: (args: { done: number; failed: number; total: number; params: Record<string, unknown> }) => string
  /** Optional: items per chunk (one short transaction each); 200 by default. */
  chunkSize?: number
  /**
   * Optional: a referent transfer the « Transferts d'éléments » screen offers (seed 003): the
   * records of `itemCollection` whose `referent` is one user go to another. `endpoint` is the
   * route under /api that starts it (`{ from, to, ids | all }`), `elements` names the records
   * (« Offres d'emploi »), `titleField` the column shown in its list.
   */
  referentTransfer?: { endpoint: string; elements: string; titleField: string }
}

type CustomWithKinds = { bulkKinds?: BulkKind[] }

/** Adds bulk kinds to a configuration (a plugin calls it on the config it returns). */
export const withBulkKinds = (config: Config, kinds: BulkKind[]): Config => {
  const custom = (config.custom ?? {}) as CustomWithKinds & Record<string, unknown>
  return { ...config, custom: { ...custom, bulkKinds: [...(custom.bulkKinds ?? []), ...kinds] } }
}

/** The kinds this configuration registered. */
export const bulkKindsOf = (config: { custom?: Record<string, unknown> }): BulkKind[] => ((config.custom ?? {}) as CustomWithKinds).bulkKinds ?? []

export const bulkKindOf = (config: { custom?: Record<string, unknown> }, slug: string): BulkKind | undefined =>
  bulkKindsOf(config).find((kind) => kind.slug === slug)
