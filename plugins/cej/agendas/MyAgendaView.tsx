import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { counsellorAgenda } from './agenda'

const cellStyle = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' as const }

/**
 * « Mon agenda » (seed 001): the counsellor's appointments and the sessions they facilitate,
 * week by week with « Période en cours » and the previous and next weeks. Rendered on the server
 * from the same operation as `GET /api/cej/agenda`, so the same access applies.
 */
export const MyAgendaView = async (view: AdminViewServerProps) => {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  let content: React.ReactNode
  try {
    req.query = (searchParams ?? {}) as Record<string, string>
    const agenda = await counsellorAgenda({ req })
    const { period } = agenda
    content = (
      <>
        <p style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
          <strong>{period.label}</strong>
          <a href={`?week=${period.previous}`} aria-label="Semaine précédente">
            ‹
          </a>
          <a href={`?week=${period.current}`}>Période en cours</a>
          <a href={`?week=${period.next}`} aria-label="Semaine suivante">
            ›
          </a>
          <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href="/admin/collections/appointments/create">
            Créer un rendez-vous
          </a>
        </p>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              {['Horaires', 'Bénéficiaire', 'Titre', 'Type', 'Modalité', 'Statut', 'Créé par vous'].map((header) => (
                <th key={header} style={cellStyle}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agenda.days.map((day) => [
              <tr key={day.date}>
                <th colSpan={7} style={{ ...cellStyle, textAlign: 'left', background: 'var(--theme-elevation-50)' }}>
                  {day.label}
                </th>
              </tr>,
              ...(day.items.length === 0
                ? [
                    <tr key={`${day.date}-empty`}>
                      <td colSpan={7} style={{ ...cellStyle, color: 'var(--theme-elevation-800)' }}>
                        Aucun événement
                      </td>
                    </tr>,
                  ]
                : day.items.map((item) => (
                    <tr key={`${item.kind}-${item.id}`}>
                      <td style={cellStyle}>
                        {String(item.partOfDay)} · {String(item.schedule)}
                      </td>
                      <td style={cellStyle}>{String(item.youngPeopleLabel)}</td>
                      <td style={cellStyle}>
                        <a href={`/admin/collections/${item.kind === 'session' ? 'sessions' : 'appointments'}/${item.id}`}>{String(item.title)}</a>
                      </td>
                      <td style={cellStyle}>{String(item.typeLabel)}</td>
                      <td style={cellStyle}>{String(item.modalityLabel ?? '')}</td>
                      <td style={cellStyle}>{String(item.statusLabel)}</td>
                      <td style={cellStyle}>{item.createdByMe ? 'Oui' : 'Non'}</td>
                    </tr>
                  ))),
            ])}
          </tbody>
        </table>
      </>
    )
  } catch (error) {
    const status = (error as { status?: number }).status
    if (!status || status >= 500) req.payload.logger.error({ msg: '« Mon agenda » : erreur', err: error })
    content = <p>{status && status < 500 ? (error as Error).message : "« Mon agenda » n'a pas pu être affiché."}</p>
  }
  return (
    <AdminPage view={view} title="Mon agenda">
      {content}
    </AdminPage>
  )
}
