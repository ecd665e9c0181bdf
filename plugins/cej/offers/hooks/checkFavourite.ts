import type { CollectionBeforeChangeHook } from 'payload'

import { conflict } from '../../../../src/kernel/lib/errors'
import { findReadableOffer, readSource } from '../catalogue'
import { OFFER_SLUGS } from '../slugs'

/**
 * A favourite names an offer the young person may read (published, of their Mission Locale or an
 * employer's); its title and kind are copied for the lists; the same offer twice is a 409.
 * « J'ai postulé » dates itself.
 */
export const checkFavourite: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  if (operation === 'create') {
    const source = readSource(req, 'offerSource', data.offerSource)
    const offer = await findReadableOffer({ req, source, id: data.offerId })
    const { totalDocs } = await req.payload.count({
      collection: OFFER_SLUGS.favourites,
      where: { and: [{ account: { equals: data.account } }, { offerSource: { equals: source } }, { offerId: { equals: offer.id } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) throw conflict('Cette offre est déjà dans vos favoris.')
    data.offerTitle = offer.title
    data.offerKind = offer.kind
  }
  if (data.applied === true && !originalDoc?.applied) data.appliedAt = new Date().toISOString()
  if (data.applied === false) data.appliedAt = null
  return data
}
