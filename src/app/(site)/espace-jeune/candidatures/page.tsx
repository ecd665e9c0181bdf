import React from 'react'

import { Flash } from '../../components/Flash'
import { youngPersonPage } from '../../lib/youngPerson'
import { requestParrainage } from './actions'
import { frenchDay, parrainageStatusLabel } from './labels'

export const metadata = { title: 'Mes candidatures' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ ok?: string; erreur?: string }> }

/**
 * « Mes candidatures » (seed 004): each candidature's banner with its status as the manual
 * words it, then the parrainage requests and the form to ask a company for one.
 */
const MyCandidaturesPage = async ({ searchParams }: Args) => {
  const { ok, erreur } = await searchParams
  const { client } = await youngPersonPage()
  const [banners, parrainages, offers] = await Promise.all([
    client.placement.banners(),
    client.sdk.find({ collection: 'parrainages', depth: 0, limit: 50, sort: '-createdAt' }),
    client.sdk.find({ collection: 'offers', where: { publication: { equals: 'published' } }, depth: 0, limit: 200, select: { structure: true, employerName: true } }),
  ])
  // The companies a candidate can address: those whose offers they can read (the API shows no directory to candidates).
  const companies = [...new Map(offers.docs.map((offer) => [Number(offer.structure), offer.employerName ?? `Entreprise ${offer.structure}`])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'))
  return (
    <>
      <h1>Mes candidatures</h1>
      <Flash ok={ok} error={erreur} />
      <p>
        <a href="/espace-jeune/offres">Rechercher une offre et postuler</a>
      </p>
      {banners.docs.length === 0 ? (
        <p>Vous n’avez pas encore de candidature.</p>
      ) : (
        <ul className="cards">
          {banners.docs.map((banner) => (
            <li key={banner.id}>
              <a href={`/espace-jeune/candidatures/${banner.id}`}>{banner.title}</a>
              <p className="hint">
                {banner.kindLabel} · envoyée le {frenchDay(banner.sentAt)}
              </p>
              <p className={`status status-${banner.status}`}>{banner.statusLabel}</p>
            </li>
          ))}
        </ul>
      )}
      <h2 id="parrainages">Mes demandes de parrainage</h2>
      {parrainages.docs.length === 0 ? (
        <p>Aucune demande de parrainage.</p>
      ) : (
        <ul className="cards">
          {parrainages.docs.map((parrainage) => (
            <li key={parrainage.id}>
              <strong>{parrainage.title}</strong>
              <p className="hint">Demandée le {frenchDay(parrainage.createdAt)}</p>
              <p className={`status status-${parrainage.status}`}>{parrainageStatusLabel(parrainage.status)}</p>
            </li>
          ))}
        </ul>
      )}
      <form action={requestParrainage} aria-labelledby="demande-parrainage">
        <h3 id="demande-parrainage">Demander un parrainage</h3>
        <label htmlFor="employer">Entreprise (obligatoire)</label>
        <select id="employer" name="employer" required defaultValue="">
          <option value="" disabled>
            Choisissez une entreprise
          </option>
          {companies.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor="parrainage-message">Message pour l’entreprise (obligatoire)</label>
        <textarea id="parrainage-message" name="message" rows={4} maxLength={5000} required />
        <button type="submit">Envoyer ma demande de parrainage</button>
      </form>
    </>
  )
}

export default MyCandidaturesPage
