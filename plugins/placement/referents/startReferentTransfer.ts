import type { PayloadRequest, Where } from 'payload'

import { asPrincipal, requireAccess, structuresWithDescendants, userStructureIds } from '../../../src/kernel/access'
import { administerUsers } from '../../../src/kernel/access/administerUsers'
import { startBulkOperation } from '../../../src/kernel/bulk'
import { conflict, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { SLUGS } from '../../../collections/slugs'
import { PLACEMENT_SLUGS } from '../slugs'
import { REFERRED_STRUCTURE_TYPES } from './referentField'
import { TRANSFER_OFFER_REFERENT, TRANSFER_PARTNER_REFERENT } from './transferKinds'
import type { User } from '../../../src/payload-types'


/** What each transfer moves, and the manual's impossible transfer it refuses (« Il n'est pas possible… »). */
const TRANSFERS = {
  offers: {
    kind: TRANSFER_OFFER_REFERENT,
    collection: PLACEMENT_SLUGS.offers,
    base: [] as Where[],
    none: 'Cet utilisateur n’est référent d’aucune offre.',
    outside: 'ne sont pas des offres dont cet utilisateur est référent',
    merge: 'Il n’est pas possible de transférer une offre vers une autre offre : seul son référent change.',
  },
  partners: {
    kind: TRANSFER_PARTNER_REFERENT,
    collection: SLUGS.structures,
    base: [{ type: { in: [...REFERRED_STRUCTURE_TYPES] } }] as Where[],
    none: 'Cet utilisateur n’est référent d’aucun partenaire ni employeur.',
    outside: 'ne sont pas des partenaires ou employeurs dont cet utilisateur est référent',
    merge: 'Il n’est pas possible de transférer un partenaire vers un autre partenaire (doublons d’entreprises) : seul son référent change.',
  },
} as const

export type ReferentTransfer = keyof typeof TRANSFERS

const isId = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^\d+$/.test(value))
const nameOf = (user: User) => [user.firstName, user.lastName].filter(Boolean).join(' ') || String(user.email)

const readableUser = (req: PayloadRequest, id: number) =>
  req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })

/**
 * Starts « Transfert de référent » of offers or of partners/employers (seed 003): the selected
 * records (`ids`, or `all`) whose referent is `from` go to `to`, as a bulk operation (202).
 * Refused: a user the caller does not administer (403, another structure included), a
 * destination that is not active, not readable, the same person, or attached to none of the
 * source's structures (409), and the manual's impossible merges (`into`: 400).
 */
export const startReferentTransfer = async ({ req, transfer, body }: { req: PayloadRequest; transfer: ReferentTransfer; body: Record<string, unknown> }) => {
  const spec = TRANSFERS[transfer]
  const { from, to, ids, all, into } = body
  if (into !== undefined) throw invalidField({ req, collection: spec.collection, path: 'into', message: spec.merge })
  if (!isId(from)) throw invalidField({ req, collection: spec.collection, path: 'from', message: 'Choisissez l’utilisateur qui cède ses références (son identifiant).' })
  const source = await readableUser(req, Number(from))
  if (!source) throw notFound('Utilisateur introuvable.')
  await requireAccess({
    access: administerUsers,
    req,
    on: { collection: 'users', doc: source },
    message: "Vous ne pouvez pas transférer les références de cet utilisateur : il n'est pas rattaché à l'une de vos structures, ou c'est vous.",
  })
  if (!isId(to)) throw invalidField({ req, collection: spec.collection, path: 'to', message: 'Choisissez l’utilisateur qui devient référent (son identifiant).' })
  if (Number(to) === source.id) throw invalidField({ req, collection: spec.collection, path: 'to', message: 'Choisissez un autre utilisateur que celui qui cède ses références.' })
  const target = await readableUser(req, Number(to))
  if (!target) throw invalidField({ req, collection: spec.collection, path: 'to', message: "Cet utilisateur n'existe pas ou n'est pas dans vos structures." })
  if (target.status !== 'active') throw conflict(`${nameOf(target)} n'est pas actif : réactivez-le ou choisissez un autre utilisateur.`)
  const sourceScope = await structuresWithDescendants({ req, ids: userStructureIds({ ...source, collection: 'users' }) })
  if (!userStructureIds({ ...target, collection: 'users' }).some((id) => sourceScope.includes(id))) {
    throw conflict(`${nameOf(target)} n'est rattaché à aucune structure de ${nameOf(source)} : les références restent dans la structure.`)
  }

  if ((ids === undefined) === (all !== true)) throw invalidField({ req, collection: spec.collection, path: 'ids', message: 'Sélectionnez des éléments (« ids ») ou tous (« all »: true).' })
  const wanted = ids === undefined ? null : Array.isArray(ids) && ids.length > 0 && ids.every(isId) ? [...new Set(ids.map(Number))] : null
  if (ids !== undefined && !wanted) throw invalidField({ req, collection: spec.collection, path: 'ids', message: 'Sélectionnez au moins un élément (une liste d’identifiants).' })
  // The source's records, whatever their publication: the caller administers the source, so what they refer is theirs to hand over.
  const { docs } = await req.payload.find({
    collection: spec.collection,
    where: { and: [{ referent: { equals: source.id } }, ...spec.base, ...(wanted ? [{ id: { in: wanted } }] : [])] },
    depth: 0,
    pagination: false,
    // Only ids are used: `id` always comes back, and one small column keeps the others out (the select types have no `id`).
    select: { updatedAt: true },
    sort: 'id',
    overrideAccess: true,
    req,
  })
  const items = docs.map((doc) => Number(doc.id))
  if (wanted && items.length !== wanted.length) throw invalidField({ req, collection: spec.collection, path: 'ids', message: `${wanted.length - items.length} élément(s) sélectionné(s) ${spec.outside}.` })
  if (items.length === 0) throw invalidField({ req, collection: spec.collection, path: 'from', message: spec.none })
  return startBulkOperation({ req, kind: spec.kind, params: { from: source.id, to: target.id }, items, structures: userStructureIds(asPrincipal(req.user)) })
}
