import React from 'react'

import { Flash } from '../../components/Flash'
import { youngPersonPage } from '../../lib/youngPerson'
import { askForSession } from '../cej-actions'
import { frenchMoment } from '../candidatures/labels'

export const metadata = { title: 'Mon agenda' }
export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<{ semaine?: string; ok?: string; erreur?: string }> }

/**
 * « Mon agenda » (seed 001, the young person's app): the week's actions and appointments by day,
 * « Actions en retard », and the sessions they may register to or ask for.
 */
const AgendaPage = async ({ searchParams }: Args) => {
  const { semaine, ok, erreur } = await searchParams
  const { client } = await youngPersonPage()
  const week = semaine && /^\d{4}-\d{2}-\d{2}$/.test(semaine) ? semaine : undefined
  const [agenda, events] = await Promise.all([client.cej.agenda(week), client.cej.events()])
  return (
    <>
      <h1>Mon agenda</h1>
      <Flash ok={ok} error={erreur} />
      <nav aria-label="Semaines" className="subnav">
        <ul>
          <li>
            <a href={`/espace-jeune/agenda?semaine=${agenda.period.previous}`}>← Semaine précédente</a>
          </li>
          {!agenda.period.isCurrent && (
            <li>
              <a href="/espace-jeune/agenda">Cette semaine</a>
            </li>
          )}
          <li>
            <a href={`/espace-jeune/agenda?semaine=${agenda.period.next}`}>Semaine suivante →</a>
          </li>
        </ul>
      </nav>
      <p>{agenda.period.label}</p>
      <section aria-labelledby="retard">
        <h2 id="retard">{agenda.lateActions.label}</h2>
        {agenda.lateActions.docs.length > 0 && (
          <ul>
            {agenda.lateActions.docs.map((action) => (
              <li key={action.id} className="late">
                {action.title} — prévue le {frenchMoment(action.startsAt)} ({action.statusLabel})
              </li>
            ))}
          </ul>
        )}
      </section>
      {agenda.days.map((day) => (
        <section key={day.date} aria-labelledby={`jour-${day.date}`}>
          <h2 id={`jour-${day.date}`}>{day.label}</h2>
          {day.items.length === 0 ? (
            <p className="hint">Rien de prévu.</p>
          ) : (
            <ul className="cards">
              {day.items.map((item) => (
                <li key={`${item.kind}-${item.id}`}>
                  <strong>{item.kind === 'appointment' ? `Rendez-vous : ${String(item.schedule)}` : `Action : ${String(item.title)}`}</strong>
                  <p className="hint">
                    {item.kind === 'appointment'
                      ? [item.typeLabel, item.modalityLabel, item.address, item.statusLabel].filter(Boolean).join(' · ')
                      : [item.categoryLabel, item.statusLabel, item.late ? 'en retard' : null].filter(Boolean).join(' · ')}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section aria-labelledby="sessions">
        <h2 id="sessions">Sessions et événements</h2>
        {events.docs.length === 0 ? (
          <p>Aucune session à venir.</p>
        ) : (
          <ul className="cards">
            {events.docs.map((session) => (
              <li key={session.id}>
                <strong>{session.title}</strong>
                <p className="hint">
                  {frenchMoment(session.startsAt)}
                  {session.location ? ` · ${session.location}` : ''}
                </p>
                {session.registered ? (
                  <p className="status">Vous êtes inscrit(e).</p>
                ) : (
                  <form action={askForSession}>
                    <input type="hidden" name="session" value={session.id} />
                    <button type="submit" className="secondary" aria-label={`Demander à participer : ${session.title}`}>
                      Demander à participer
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

export default AgendaPage
