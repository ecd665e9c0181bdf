import type { PayloadRequest, Where } from 'payload'

import { invalidField, notFound } from '../../../src/kernel/lib/errors'
import { OFFER_KINDS, OFFER_SLUGS, PLACEMENT_OFFERS, type OfferKind, type OfferSource } from './slugs'

/** One offer as the search, the shares and the alerts show it, whichever collection holds it. */
export type OfferCard = {
  source: OfferSource
  id: number
  title: string
  kind: OfferKind
  kindLabel: string
  organisation: string | null
  postalCode: string | null
  department: string | null
  city: string | null
  url: string | null
  structure: number | null
  createdAt: string
}

type Doc = Record<string, any>

/** A placement offer is an « Alternance » when its contract is work-study, otherwise an « Offre d'emploi ». */
const placementKind = (doc: Doc): OfferKind => (doc.contractType === 'work-study' ? 'work-study' : 'employment')

export const toCard = (source: OfferSource, doc: Doc): OfferCard => {
  const kind: OfferKind = source === PLACEMENT_OFFERS ? placementKind(doc) : doc.kind
  return {
    source,
    id: doc.id,
    title: doc.title,
    kind,
    kindLabel: OFFER_KINDS[kind],
    organisation: (source === PLACEMENT_OFFERS ? doc.employerName : doc.organisation) ?? null,
    postalCode: doc.postalCode ?? null,
    department: doc.department ?? null,
    city: doc.city ?? null,
    url: doc.url ?? null,
    structure: typeof doc.structure === 'object' && doc.structure ? doc.structure.id : (doc.structure ?? null),
    createdAt: doc.createdAt,
  }
}

/** The placement module's offers exist only where it is deployed (`TREMPLIN_MODULES`). */
export const hasPlacementOffers = (req: PayloadRequest) => Boolean(req.payload.collections[PLACEMENT_OFFERS])

export const readSource = (req: PayloadRequest, path: string, value: unknown): OfferSource => {
  if (value === OFFER_SLUGS.cejOffers || (value === PLACEMENT_OFFERS && hasPlacementOffers(req))) return value
  throw invalidField({ req, path, message: `Source d'offre attendue : ${hasPlacementOffers(req) ? '« offers » ou ' : ''}« cej-offers ».` })
}

/** One offer the caller may read (their access, published ones for young people), or a 404. */
export const findReadableOffer = async ({ req, source, id, asCaller = true }: { req: PayloadRequest; source: OfferSource; id: unknown; asCaller?: boolean }): Promise<OfferCard> => {
  const numeric = Number(id)
  const doc = Number.isInteger(numeric) && numeric > 0
    ? (await req.payload.find({ collection: source, where: { and: [{ id: { equals: numeric } }, { publication: { equals: 'published' } }] }, limit: 1, depth: 0, overrideAccess: !asCaller, user: req.user, req })).docs[0]
    : undefined
  if (!doc) throw notFound('Offre introuvable.')
  return toCard(source, doc as Doc)
}

export type OfferCriteria = { kind?: OfferKind | null; q?: string | null; department?: string | null }

const titleMatches = (title: string, q: string) => title.toLocaleLowerCase('fr').includes(q.toLocaleLowerCase('fr').trim())

/** Does an offer answer these criteria? The same test for the search and for the saved searches' alerts. */
export const matches = (offer: OfferCard, { kind, q, department }: OfferCriteria) =>
  (!kind || offer.kind === kind) && (!department || offer.department === department) && (!q || titleMatches(`${offer.title} ${offer.organisation ?? ''}`, q))

/**
 * « Ma recherche »: published offers of both sources the caller may read, newest first, filtered
 * by kind, words of the title or organisation and department. Placement offers are never
 * civic service or immersion, so those kinds search the Mission Locale's offers only.
 */
export const searchOffers = async ({ req, criteria, limit = 50 }: { req: PayloadRequest; criteria: OfferCriteria; limit?: number }) => {
  const q = criteria.q?.trim()
  const common: Where[] = [{ publication: { equals: 'published' } }, ...(criteria.department ? [{ department: { equals: criteria.department } }] : [])]
  const cards: OfferCard[] = []
  const cejWhere: Where = { and: [...common, ...(criteria.kind ? [{ kind: { equals: criteria.kind } }] : []), ...(q ? [{ or: [{ title: { like: q } }, { organisation: { like: q } }] }] : [])] }
  const cej = await req.payload.find({ collection: OFFER_SLUGS.cejOffers, where: cejWhere, sort: '-createdAt', limit, depth: 0, overrideAccess: false, user: req.user, req })
  cards.push(...cej.docs.map((doc) => toCard(OFFER_SLUGS.cejOffers, doc as Doc)))
  if (hasPlacementOffers(req) && (!criteria.kind || criteria.kind === 'employment' || criteria.kind === 'work-study')) {
    const contract: Where[] = criteria.kind === 'work-study' ? [{ contractType: { equals: 'work-study' } }] : criteria.kind === 'employment' ? [{ or: [{ contractType: { not_equals: 'work-study' } }, { contractType: { exists: false } }] }] : []
    const where: Where = { and: [...common, ...contract, ...(q ? [{ or: [{ title: { like: q } }, { employerName: { like: q } }] }] : [])] }
    const placement = await req.payload.find({ collection: PLACEMENT_OFFERS, where, sort: '-createdAt', limit, depth: 0, overrideAccess: false, user: req.user, req })
    cards.push(...placement.docs.map((doc) => toCard(PLACEMENT_OFFERS, doc as Doc)))
  }
  cards.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return cards.slice(0, limit)
}
