import { redirect } from 'next/navigation'
import React from 'react'

import { ProgrammesTable } from '../../../../../plugins/core/path/ProgrammesTable'
import { currentAccount, siteClient } from '../../lib/session'
import { frenchMoment } from '../candidatures/labels'
import { setSharingConsent } from './actions'

export const metadata = { title: 'Mon parcours' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ consentement?: string }> }

/**
 * « Mon parcours » (issue 18): every programme that follows me, with its structure, referents,
 * dates and status, and the key events in time order; and my consent to sharing it with the
 * structures that follow me (given or revoked here, each answer kept).
 */
const PathPage = async ({ searchParams }: Args) => {
  const { consentement } = await searchParams
  const account = await currentAccount()
  if (!account) redirect('/connexion')
  const client = await siteClient()
  const [path, consent] = await Promise.all([client.accounts.path(Number(account.id)), client.accounts.sharingConsent()])
  return (
    <>
      <h1>Mon parcours</h1>
      <section aria-labelledby="dispositifs">
        <h2 id="dispositifs">Mes dispositifs</h2>
        {path.programmes.length === 0 ? (
          <p className="hint">Aucun dispositif pour le moment.</p>
        ) : (
          <ProgrammesTable programmes={path.programmes} />
        )}
      </section>
      <section aria-labelledby="etapes">
        <h2 id="etapes">Les étapes</h2>
        <ol>
          {path.events.map((event, index) => (
            <li key={index}>
              {frenchMoment(event.at)} — {event.label}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="partage">
        <h2 id="partage">Partager mon parcours</h2>
        {consentement && (
          <p className="notice" role="status">
            {consentement === 'donne' ? 'Votre consentement est enregistré.' : 'Votre consentement est retiré.'}
          </p>
        )}
        <p>
          {consent.given
            ? 'Les structures qui me suivent voient mon identité et la liste de mes dispositifs (mon parcours).'
            : 'Chaque structure qui me suit ne voit que son propre dispositif.'}
        </p>
        <form action={setSharingConsent}>
          <input type="hidden" name="given" value={consent.given ? 'false' : 'true'} />
          <button type="submit" className={consent.given ? 'secondary' : undefined}>
            {consent.given ? 'Retirer mon consentement' : 'Partager mon parcours avec les structures qui me suivent'}
          </button>
        </form>
        {consent.history.length > 0 && (
          <>
            <h3>Historique de mes choix</h3>
            <ul>
              {consent.history.map((entry, index) => (
                <li key={index}>
                  {frenchMoment(entry.at)} : {entry.given ? 'consentement donné' : 'consentement retiré'}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  )
}

export default PathPage
