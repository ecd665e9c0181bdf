import type { SeedStep } from '../../../src/kernel/seed/steps'
import { OFFER_SLUGS } from './slugs'

/** The Mission Locale de Rouen's own offers, one of each kind the manual lists (idempotent: by title). */
export const seedOffers: SeedStep = async ({ payload, req, ids }) => {
  const structure = ids.get('ml-rouen')
  if (!structure) return
  const offers = [
    { title: 'Agent de quai (H/F)', kind: 'employment', organisation: 'Logistique Seine', postalCode: '76800', city: 'Saint-Étienne-du-Rouvray' },
    { title: 'BTS Gestion de la PME en alternance', kind: 'work-study', organisation: 'Menuiserie Normande', postalCode: '76000', city: 'Rouen' },
    { title: 'Ambassadeur du tri', kind: 'civic-service', organisation: 'Métropole Rouen Normandie', postalCode: '76000', city: 'Rouen', url: 'https://www.service-civique.gouv.fr/' },
    { title: 'Immersion : aide-cuisinier', kind: 'immersion', organisation: 'Restaurant Le Vieux Marché', postalCode: '76000', city: 'Rouen' },
  ] as const
  for (const offer of offers) {
    const { totalDocs } = await payload.count({ collection: OFFER_SLUGS.cejOffers, where: { and: [{ title: { equals: offer.title } }, { structure: { equals: structure } }] }, req })
    if (!totalDocs) await payload.create({ collection: OFFER_SLUGS.cejOffers, data: { ...offer, structure, publication: 'published' }, req })
  }
}
