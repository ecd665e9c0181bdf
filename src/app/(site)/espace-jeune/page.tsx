import { redirect } from 'next/navigation'
import React from 'react'

import { logOut } from '../connexion/actions'
import type { InstantTResult } from '../../../client'
import { currentAccount, siteClient } from '../lib/session'
import { ScoresChart } from '../instant-t/resultat/ScoresChart'
import { MyData } from './MyData'
import { PreferencesForm } from './PreferencesForm'

export const metadata = { title: 'Mon espace' }
export const dynamic = 'force-dynamic'

const STATUS_LABELS: Record<string, string> = {
  pending: 'En attente de validation',
  enabled: 'Activé',
  transferred: 'Transféré',
  disabled: 'Désactivé',
}


/** The young person's space: who they are for the platform, their Mission Locale, their data. */
type Args = { searchParams: Promise<{ preferences?: string; effacement?: string }> }

const YoungPersonHome = async ({ searchParams }: Args) => {
  const { preferences, effacement } = await searchParams
  const account = await currentAccount()
  if (!account) redirect('/connexion')
  const client = await siteClient()
  const structureId = typeof account.structure === 'object' ? account.structure?.id : account.structure
  // Read as the young person: the API answers their own structure and only the results linked to their account.
  const structure = structureId ? (await client.sdk.findByID({ collection: 'structures', id: structureId, depth: 0, disableErrors: true }))?.name : null
  const results = await client.sdk.find({ collection: 'instant-t', depth: 0, limit: 5, sort: '-createdAt' })
  const latest = results.docs[0]
  const erasureRequests = await client.sdk.find({ collection: 'erasure-requests', depth: 0, limit: 20, sort: '-createdAt' })
  return (
    <>
      <h1>
        Bonjour {account.firstName} {account.lastName}
      </h1>
      <h2>Mon profil</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">Adresse e-mail</th>
            <td>{account.email}</td>
          </tr>
          <tr>
            <th scope="row">Code postal</th>
            <td>{account.postalCode ?? '—'}</td>
          </tr>
          <tr>
            <th scope="row">Structure qui me suit</th>
            <td>{structure ?? '—'}</td>
          </tr>
          <tr>
            <th scope="row">État de mon compte</th>
            <td>{STATUS_LABELS[String(account.status)] ?? String(account.status)}</td>
          </tr>
        </tbody>
      </table>
      {latest && (
        <section aria-labelledby="instant-t-title">
          <h2 id="instant-t-title">Mon résultat Instant-T</h2>
          <p>
            Code <strong>{latest.code}</strong>, relié à mon dossier.
          </p>
          <ScoresChart scores={latest.scores as InstantTResult['scores']} />
        </section>
      )}
      <h2>Mes notifications</h2>
      {preferences === 'enregistrees' && (
        <p className="notice" role="status">
          Vos préférences sont enregistrées.
        </p>
      )}
      <PreferencesForm alerts={account.alerts} />
      <MyData requests={erasureRequests.docs} outcome={effacement} />
      <form action={logOut}>
        <button type="submit" className="secondary">
          Me déconnecter
        </button>
      </form>
    </>
  )
}

export default YoungPersonHome
