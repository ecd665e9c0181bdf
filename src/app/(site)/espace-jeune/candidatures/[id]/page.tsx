import { notFound } from 'next/navigation'
import React from 'react'

import { Flash } from '../../../components/Flash'
import { youngPersonPage } from '../../../lib/youngPerson'
import { FollowUpThread } from '../../../components/FollowUpThread'
import { withdraw } from '../actions'
import { candidatureStatusLabel, frenchDay } from '../labels'

export const metadata = { title: 'Ma candidature' }
export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ ok?: string; erreur?: string }> }

/**
 * One candidature: the manual's banner (type and offer, date sent, status), « Retirer » while the
 * machine allows it for them, and the follow-up messages with their referents.
 */
const CandidaturePage = async ({ params, searchParams }: Args) => {
  const { id } = await params
  const { ok, erreur } = await searchParams
  if (!/^\d+$/.test(id)) notFound()
  const { client } = await youngPersonPage()
  // Read as the young person: another candidate's candidature is simply not found.
  const candidature = await client.sdk.findByID({ collection: 'candidatures', id: Number(id), depth: 0, disableErrors: true })
  if (!candidature) notFound()
  const [transitions, messages] = await Promise.all([
    client.transitions.list('candidatures', candidature.id),
    client.sdk.find({ collection: 'follow-up-messages', where: { candidature: { equals: candidature.id } }, sort: 'createdAt', depth: 0, limit: 200 }),
  ])
  return (
    <>
      <p>
        <a href="/espace-jeune/candidatures">← Mes candidatures</a>
      </p>
      <h1>{candidature.title}</h1>
      <Flash ok={ok} error={erreur} />
      <div className={`banner status-${candidature.status}`} role="group" aria-label="Bandeau de la candidature">
        <p>
          {candidature.kind === 'spontaneous' ? 'Candidature spontanée' : 'Candidature à une offre'} · envoyée le {frenchDay(candidature.sentAt)}
        </p>
        <p>
          Statut : <strong data-testid="candidature-status">{candidatureStatusLabel(candidature.status)}</strong>
        </p>
      </div>
      <h2>Mon message</h2>
      <p className="pre">{candidature.message}</p>
      {transitions.allowed.includes('WITHDRAW') && (
        <form action={withdraw}>
          <input type="hidden" name="candidature" value={candidature.id} />
          <button type="submit" className="secondary">
            Retirer ma candidature
          </button>
        </form>
      )}
      <FollowUpThread about={{ candidature: candidature.id }} messages={messages.docs} />
    </>
  )
}

export default CandidaturePage
