import type { Config } from 'payload'

import { addAdminComponents } from '../../../src/kernel/admin/addAdminComponents'
import { withSeedStep } from '../../../src/kernel/seed/steps'
import { CejOffers } from './collections/cejOffers'
import { FavouriteOffers } from './collections/favouriteOffers'
import { OfferShares } from './collections/offerShares'
import { SavedSearches } from './collections/savedSearches'
import { offerAlertsTask, queueOfferAlerts } from './jobs/offerAlerts'
import { seedOffers } from './seed'
import { OFFERS_PATH } from './paths'
import { PLACEMENT_OFFERS } from './slugs'

/**
 * « Les offres » (seed 001): the Mission Locale's own offers (employment, work-study, civic
 * service, immersion) searched with the placement module's employer offers when it is deployed,
 * shares to young people through their conversation, favourites, saved searches and their alerts.
 * The placement offers get the same alert hook (they are composed before this module).
 */
export const withOffers = (config: Config, { seed = true }: { seed?: boolean } = {}): Config => {
  const next: Config = {
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === PLACEMENT_OFFERS
          ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), queueOfferAlerts(PLACEMENT_OFFERS)] } }
          : collection,
      ),
      CejOffers,
      OfferShares,
      FavouriteOffers,
      SavedSearches,
    ],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), offerAlertsTask] },
    admin: addAdminComponents({
      admin: config.admin,
      views: { cejOffers: { Component: '/plugins/cej/offers/components/OffersView#OffersView', path: OFFERS_PATH, exact: true } },
      afterNavLinks: ['/plugins/cej/offers/components/OffersView#OffersNavLink'],
    }),
  }
  return seed ? withSeedStep(next, seedOffers) : next
}
