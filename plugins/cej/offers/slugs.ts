/** « Les offres » (seed 001): the Mission Locale's own offers, shares, favourites, saved searches. */
export const OFFER_SLUGS = {
  cejOffers: 'cej-offers',
  shares: 'offer-shares',
  favourites: 'favourite-offers',
  savedSearches: 'saved-searches',
} as const

/** The placement module's offers (seed 004), searched too when that module is deployed. */
export const PLACEMENT_OFFERS = 'offers'

/** Where an offer comes from: the placement module's employers, or the Mission Locale's own. */
export const OFFER_SOURCES = [
  { value: 'offers', label: { fr: "Offres d'emploi des entreprises partenaires", en: 'Employer offers' } },
  { value: 'cej-offers', label: { fr: 'Offres de la Mission Locale', en: 'Mission Locale offers' } },
]

export type OfferSource = 'offers' | 'cej-offers'

/** « Sélectionner un type d'offre »: the manual's four kinds. */
export const OFFER_KINDS = {
  employment: "Offre d'emploi",
  'work-study': 'Alternance',
  'civic-service': 'Service civique',
  immersion: 'Immersion',
} as const

export type OfferKind = keyof typeof OFFER_KINDS

export const OFFER_KIND_OPTIONS = Object.entries(OFFER_KINDS).map(([value, label]) => ({ value, label: { fr: label, en: value } }))

export const OFFER_ALERTS_TASK = 'cej-offer-alerts'
