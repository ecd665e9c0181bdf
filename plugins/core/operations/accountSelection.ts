import type { PayloadRequest, Where } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'

/**
 * What a person ticked in a list of young people: some ids, or « tout sélectionner sur toutes
 * les pages » (`all: true`) with the list's search and filters, resolved here to the ids the
 * caller may read.
 */
export type AccountSelection = {
  ids?: unknown
  all?: unknown
  search?: unknown
  status?: unknown
  structure?: unknown
}

const MAX_IDS = 100_000

const isId = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^\d+$/.test(value))

/** The list's filters as a `Where` (search on names and e-mail, state, structure). */
export const selectionFilters = ({ req, selection }: { req: PayloadRequest; selection: AccountSelection }): Where[] => {
  const filters: Where[] = []
  if (selection.search !== undefined && selection.search !== '') {
    if (typeof selection.search !== 'string' || selection.search.length > 100) throw invalidField({ req, path: 'search', message: 'La recherche doit être un texte de 100 caractères au plus.' })
    const words = selection.search.trim()
    if (words) filters.push({ or: [{ lastName: { like: words } }, { firstName: { like: words } }, { email: { like: words } }] })
  }
  if (selection.status !== undefined && selection.status !== '') {
    if (typeof selection.status !== 'string' || !/^[a-z-]{1,30}$/.test(selection.status)) throw invalidField({ req, path: 'status', message: 'État inconnu.' })
    filters.push({ status: { equals: selection.status } })
  }
  if (selection.structure !== undefined && selection.structure !== '' && selection.structure !== null) {
    if (!isId(selection.structure)) throw invalidField({ req, path: 'structure', message: 'Le filtre « structure » attend l’identifiant d’une structure.' })
    filters.push({ structure: { equals: Number(selection.structure) } })
  }
  return filters
}

/**
 * The ids of the selected young people that the caller reads and that match `base` (e.g.
 * « suivis par ce conseiller »). Selected ids outside that set are a 400 naming `ids`, so nothing
 * is moved that the person did not see.
 */
export const resolveAccountSelection = async ({
  req,
  selection,
  base,
  outsideMessage,
}: {
  req: PayloadRequest
  selection: AccountSelection
  base: Where[]
  outsideMessage: string
}): Promise<number[]> => {
  const hasIds = selection.ids !== undefined
  if (hasIds === (selection.all === true)) {
    throw invalidField({ req, path: 'ids', message: 'Sélectionnez des jeunes (« ids ») ou tous ceux de la liste (« all »: true), l’un ou l’autre.' })
  }
  const where: Where[] = [...base, ...selectionFilters({ req, selection })]
  let ids: number[] = []
  if (hasIds) {
    if (!Array.isArray(selection.ids) || selection.ids.length === 0 || selection.ids.length > MAX_IDS || !selection.ids.every(isId)) {
      throw invalidField({ req, path: 'ids', message: 'Sélectionnez au moins un jeune (une liste d’identifiants).' })
    }
    ids = [...new Set(selection.ids.map(Number))]
    where.push({ id: { in: ids } })
  }
  const { docs } = await req.payload.find({
    collection: 'accounts',
    where: { and: where },
    depth: 0,
    pagination: false,
    // Only ids are used: `id` always comes back, and one small column keeps the others out (the select types have no `id`).
    select: { updatedAt: true },
    sort: 'id',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const found = docs.map((doc) => doc.id)
  if (hasIds && found.length !== ids.length) {
    const missing = ids.filter((id) => !found.includes(id))
    throw invalidField({ req, path: 'ids', message: `${missing.length} jeune(s) sélectionné(s) ${outsideMessage} (${missing.slice(0, 10).join(', ')}${missing.length > 10 ? '…' : ''}).` })
  }
  if (found.length === 0) throw invalidField({ req, path: 'ids', message: 'Aucun jeune ne correspond à cette sélection.' })
  return found
}
