import React from 'react'

import { Flash } from '../../components/Flash'
import { youngPersonPage } from '../../lib/youngPerson'
import { frenchDay } from './labels'

export const metadata = { title: 'Mes candidatures' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ ok?: string; erreur?: string }> }

/**
 * « Mes candidatures » (seed 004): each candidature's banner with its status as the manual
 * words it; the parrainage requests have their own page.
 */
const MyCandidaturesPage = async ({ searchParams }: Args) => {
  const { ok, erreur } = await searchParams
  const { client } = await youngPersonPage()
  const banners = await client.placement.banners()
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
      <p>
        <a href="/espace-jeune/parrainages">Mes demandes de parrainage</a>
      </p>
    </>
  )
}

export default MyCandidaturesPage
