import type { Field } from 'payload'

import { OFFER_KIND_OPTIONS, OFFER_SOURCES } from './slugs'

const fixed = { create: () => false, update: () => false }

/**
 * Which offer a share, a favourite points at: its source collection and id (the placement
 * module may be left out of a deployment, so no relationship to it), with its title and kind
 * copied for lists. `writable` lets a young person name the offer of their favourite.
 */
export const offerReferenceFields = ({ writable }: { writable: boolean }): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'offerSource', type: 'select', required: true, options: OFFER_SOURCES, index: true, access: writable ? { update: () => false } : fixed, label: { fr: "Source de l'offre", en: 'Offer source' } },
      { name: 'offerId', type: 'number', required: true, index: true, access: writable ? { update: () => false } : fixed, label: { fr: "Numéro de l'offre", en: 'Offer id' } },
    ],
  },
  { name: 'offerTitle', type: 'text', access: fixed, admin: { readOnly: true }, label: { fr: 'Offre', en: 'Offer' } },
  { name: 'offerKind', type: 'select', options: OFFER_KIND_OPTIONS, access: fixed, admin: { readOnly: true }, label: { fr: "Type d'offre", en: 'Kind' } },
]
