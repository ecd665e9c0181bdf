/**
 * The path (« Parcours », issue 18): every programme of a young person and the key events of
 * each, in time order. Modules say which of their records make key events (`withPathEvents`);
 * the core reads them all for one person.
 */
import type { Config, Payload, PayloadRequest } from 'payload'

/** One key event of a young person's path. */
export type PathEvent = {
  /** When it happened (ISO date). */
  at: string
  /** The module it comes from (`placement`, `bilan`, `instant-t`, `cej`, `core`). */
  module: string
  /** What happened, in French (« Candidature envoyée au recruteur : Agent d'accueil »). */
  label: string
  /** The structure whose programme it belongs to, when known. */
  structure: number | null
}

/** The key events a module holds for one young person (read with `overrideAccess`: the path decides who reads it). */
export type PathEventSource = (args: { req: PayloadRequest; account: number }) => Promise<PathEvent[]>

const SOURCES_KEY = 'tremplinPathEventSources'

/** A module adds the key events its records make to every young person's path. */
export const withPathEvents = (config: Config, sources: PathEventSource[]): Config => ({
  ...config,
  custom: { ...config.custom, [SOURCES_KEY]: [...((config.custom?.[SOURCES_KEY] as PathEventSource[] | undefined) ?? []), ...sources] },
})

export const pathEventSourcesOf = (payload: Payload): PathEventSource[] => (payload.config.custom?.[SOURCES_KEY] as PathEventSource[] | undefined) ?? []

/**
 * The lifecycle history of some documents of one collection, as path events: one per recorded
 * transition into a state that `labels` names (other states are not key events).
 */
export const transitionEvents = async ({
  req,
  module,
  collection,
  documents,
  labels,
}: {
  req: PayloadRequest
  module: string
  collection: string
  /** Each document's id, what the label says it is about, and its structure. */
  documents: { id: number; about: string; structure: number | null }[]
  labels: Record<string, string>
}): Promise<PathEvent[]> => {
  if (documents.length === 0) return []
  const byId = new Map(documents.map((doc) => [String(doc.id), doc]))
  const { docs } = await req.payload.find({
    collection: 'transitions',
    where: { and: [{ collection: { equals: collection } }, { document: { in: [...byId.keys()] } }, { to: { in: Object.keys(labels) } }] },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((row) => {
    const doc = byId.get(String((row as { document?: unknown }).document))
    const label = labels[String((row as { to?: unknown }).to)]
    return doc && label ? [{ at: String(row.createdAt), module, label: doc.about ? `${label} : ${doc.about}` : label, structure: doc.structure }] : []
  })
}
