import React from 'react'

import { youngPersonPage } from '../../lib/youngPerson'
import { CONTRACT_TYPES, offersWhere, optionLabel, SECTORS, type OfferFilters } from './filters'

export const metadata = { title: 'Rechercher une offre' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<OfferFilters> }

/** « Rechercher une offre » (seed 004, the candidate's side): the published offers with the staff's filters, a plain GET form. */
const OffersPage = async ({ searchParams }: Args) => {
  const filters = await searchParams
  const { client } = await youngPersonPage()
  const offers = await client.sdk.find({ collection: 'offers', where: offersWhere(filters), sort: '-createdAt', limit: 50, depth: 0 })
  return (
    <>
      <h1>Rechercher une offre</h1>
      <form method="get" role="search" aria-label="Filtrer les offres">
        <label htmlFor="q">Mots-clés (intitulé, référence, entreprise)</label>
        <input id="q" name="q" type="text" defaultValue={filters.q ?? ''} />
        <label htmlFor="departement">Département</label>
        <input id="departement" name="departement" type="text" inputMode="numeric" maxLength={3} defaultValue={filters.departement ?? ''} />
        <label htmlFor="secteur">Secteur d’activité</label>
        <select id="secteur" name="secteur" defaultValue={filters.secteur ?? ''}>
          <option value="">Tous les secteurs</option>
          {SECTORS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label.fr}
            </option>
          ))}
        </select>
        <label htmlFor="contrat">Type de contrat</label>
        <select id="contrat" name="contrat" defaultValue={filters.contrat ?? ''}>
          <option value="">Tous les contrats</option>
          {CONTRACT_TYPES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label.fr}
            </option>
          ))}
        </select>
        <button type="submit">Rechercher</button>
      </form>
      <h2 aria-live="polite">
        {offers.totalDocs} offre{offers.totalDocs > 1 ? 's' : ''}
      </h2>
      <ul className="cards">
        {offers.docs.map((offer) => (
          <li key={offer.id}>
            <a href={`/espace-jeune/offres/${offer.id}`}>{offer.title}</a>
            <p className="hint">
              {offer.employerName ?? '—'} · {offer.city ?? ''} {offer.postalCode ? `(${offer.postalCode})` : ''} · {optionLabel(CONTRACT_TYPES, offer.contractType)} · {optionLabel(SECTORS, offer.sector)}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}

export default OffersPage
