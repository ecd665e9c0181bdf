import type { PayloadRequest } from 'payload'

import { OFFER_SLUGS, PLACEMENT_OFFERS, type OfferSource } from '../slugs'

type Reference = { req: PayloadRequest; account: number | null; source: OfferSource; offerId: number }

const CANDIDATURES = 'candidatures'

/** Whether the young person keeps this offer among their favourites. */
export const savedBy = async ({ req, account, source, offerId }: Reference): Promise<boolean> => {
  if (!account || !Number.isInteger(offerId)) return false
  const { totalDocs } = await req.payload.count({
    collection: OFFER_SLUGS.favourites,
    where: { and: [{ account: { equals: account } }, { offerSource: { equals: source } }, { offerId: { equals: offerId } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Whether the young person applied: they said so on their favourite (« J'ai postulé »), or, for
 * an employer's offer of the placement module, a candidature of theirs to it exists.
 */
export const appliedTo = async ({ req, account, source, offerId }: Reference): Promise<boolean> => {
  if (!account || !Number.isInteger(offerId)) return false
  const marked = await req.payload.count({
    collection: OFFER_SLUGS.favourites,
    where: { and: [{ account: { equals: account } }, { offerSource: { equals: source } }, { offerId: { equals: offerId } }, { applied: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  if (marked.totalDocs > 0) return true
  if (source !== PLACEMENT_OFFERS || !req.payload.collections[CANDIDATURES]) return false
  const candidatures = await req.payload.count({ collection: CANDIDATURES, where: { and: [{ candidate: { equals: account } }, { offer: { equals: offerId } }] }, overrideAccess: true, req })
  return candidatures.totalDocs > 0
}
