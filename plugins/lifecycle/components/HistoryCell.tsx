import type { Payload } from 'payload'
import React from 'react'

import { isCollectionSlug } from '../../../src/kernel/lib/collectionSlug'
import { lifecycleOf } from '../lookup'
import { StatusBadge } from './StatusBadge'

type Row = { collection?: string; document?: string; event?: string }

type Props = {
  /** Which column of « Historique des statuts » this cell renders. */
  kind: 'collection' | 'document' | 'event' | 'state'
  cellData?: string | null
  rowData: Row
  payload: Payload
}

const collectionOf = (payload: Payload, slug: string) => (isCollectionSlug(payload, slug) ? payload.collections[slug] : undefined)

const french = (label: unknown): string | undefined =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? (label as Record<string, string>).fr : undefined

/** The document a history row is about: its title, linked to its page in the admin. */
const DocumentLink = async ({ payload, collection, id }: { payload: Payload; collection: string; id: string }) => {
  if (!isCollectionSlug(payload, collection)) return <span>{id}</span>
  const { config } = payload.collections[collection]
  const titleField = config.admin?.useAsTitle ?? 'id'
  // Only super-admins read this history (its access): they read every document too.
  const found = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
  const doc: Record<string, unknown> | null = found && { ...found }
  const title = doc ? String(doc[titleField] ?? `n° ${id}`) : `n° ${id} (supprimé)`
  const href = `${payload.config.routes.admin}/collections/${collection}/${id}`
  return doc ? <a href={href}>{title}</a> : <span>{title}</span>
}

/**
 * A cell of « Historique des statuts » in the manual's words: the collection's French name, the
 * document's title and link, the action's and the states' French labels (never the slugs stored).
 */
export const HistoryCell = async ({ kind, cellData, rowData, payload }: Props) => {
  const collection = rowData.collection ?? ''
  const definition = lifecycleOf(payload, collection)?.binding.definition
  if (!cellData) return <span>—</span>
  switch (kind) {
    case 'collection':
      return <span>{french(collectionOf(payload, collection)?.config.labels?.plural) ?? cellData}</span>
    case 'document':
      return <DocumentLink payload={payload} collection={collection} id={cellData} />
    case 'event':
      return <span>{definition?.events[cellData]?.label.fr ?? cellData}</span>
    case 'state':
      return definition ? <StatusBadge state={cellData} states={definition.states} /> : <span>{cellData}</span>
  }
}
