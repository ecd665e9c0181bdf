import { notFound } from 'next/navigation'
import React from 'react'

import { Flash } from '../../../components/Flash'
import { FollowUpThread } from '../../../components/FollowUpThread'
import { youngPersonPage } from '../../../lib/youngPerson'
import { frenchDay, parrainageStatusLabel } from '../../candidatures/labels'
import { companiesFor } from '../companies'

export const metadata = { title: 'Ma demande de parrainage' }
export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ ok?: string; erreur?: string }> }

/** What the candidate may expect next, for each state of the request (seed 004). */
const NEXT_STEP: Record<string, string> = {
  'awaiting-validation': 'Votre référent relit votre demande avant de l’envoyer à l’entreprise.',
  validated: 'Votre demande est envoyée à l’entreprise, qui va l’accepter ou la décliner.',
  accepted: 'L’entreprise a accepté votre demande de parrainage.',
  declined: 'L’entreprise a décliné cette demande : vous pouvez en adresser une à une autre entreprise.',
}

/**
 * « Écran de suivi d'un parrainage » (seed 004) on the candidate's side: the status in the
 * manual's words, the company, the message, and the follow-up messages with their referents.
 */
const ParrainagePage = async ({ params, searchParams }: Args) => {
  const { id } = await params
  const { ok, erreur } = await searchParams
  if (!/^\d+$/.test(id)) notFound()
  const { client } = await youngPersonPage()
  // Read as the young person: another candidate's request is simply not found.
  const parrainage = await client.sdk.findByID({ collection: 'parrainages', id: Number(id), depth: 0, disableErrors: true })
  if (!parrainage) notFound()
  const [messages, companies] = await Promise.all([
    client.sdk.find({ collection: 'follow-up-messages', where: { parrainage: { equals: parrainage.id } }, sort: 'createdAt', depth: 0, limit: 200 }),
    companiesFor(client),
  ])
  const company = new Map(companies).get(Number(parrainage.employer))
  return (
    <>
      <p>
        <a href="/espace-jeune/parrainages">← Mes demandes de parrainage</a>
      </p>
      <h1>{parrainage.title}</h1>
      <Flash ok={ok} error={erreur} />
      <div className={`banner status-${parrainage.status}`} role="group" aria-label="Bandeau de la demande de parrainage">
        <p>Demandée le {frenchDay(parrainage.createdAt)}</p>
        <p>
          Statut : <strong data-testid="parrainage-status">{parrainageStatusLabel(parrainage.status)}</strong>
        </p>
        <p>{NEXT_STEP[String(parrainage.status)]}</p>
      </div>
      {company && (
        <>
          <h2>Entreprise</h2>
          <p>{company}</p>
        </>
      )}
      <h2>Message</h2>
      <p className="pre">{parrainage.message}</p>
      <FollowUpThread about={{ parrainage: parrainage.id }} messages={messages.docs} />
    </>
  )
}

export default ParrainagePage
