import React from 'react'

import { Flash } from '../../components/Flash'
import { youngPersonPage } from '../../lib/youngPerson'
import { frenchDay, parrainageStatusLabel } from '../candidatures/labels'
import { requestParrainage } from './actions'
import { companiesFor } from './companies'

export const metadata = { title: 'Mes demandes de parrainage' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ ok?: string; erreur?: string }> }

/**
 * « Demandes de parrainage » (seed 004, « Le parrainage »): each request with its status in the
 * manual's words and a link to its follow-up, then the form to ask a company for a sponsor.
 */
const MyParrainagesPage = async ({ searchParams }: Args) => {
  const { ok, erreur } = await searchParams
  const { client } = await youngPersonPage()
  const [parrainages, companies] = await Promise.all([client.sdk.find({ collection: 'parrainages', depth: 0, limit: 50, sort: '-createdAt' }), companiesFor(client)])
  return (
    <>
      <h1>Mes demandes de parrainage</h1>
      <Flash ok={ok} error={erreur} />
      <p>Un parrain ou une marraine d’une entreprise vous accompagne dans votre projet professionnel. Votre référent valide votre demande avant qu’elle ne parte à l’entreprise.</p>
      {parrainages.docs.length === 0 ? (
        <p>Aucune demande de parrainage.</p>
      ) : (
        <ul className="cards">
          {parrainages.docs.map((parrainage) => (
            <li key={parrainage.id}>
              <a href={`/espace-jeune/parrainages/${parrainage.id}`}>{parrainage.title}</a>
              <p className="hint">Demandée le {frenchDay(parrainage.createdAt)}</p>
              <p className={`status status-${parrainage.status}`}>{parrainageStatusLabel(parrainage.status)}</p>
            </li>
          ))}
        </ul>
      )}
      <form action={requestParrainage} aria-labelledby="demande-parrainage">
        <h2 id="demande-parrainage">Demander un parrainage</h2>
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

export default MyParrainagesPage
