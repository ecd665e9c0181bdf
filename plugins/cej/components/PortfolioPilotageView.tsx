import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { frenchDate } from '../../../src/kernel/lib/frenchDates'
import { pilotage } from '../portfolio/pilotage'
import { PortfolioNotSnpForm } from './PortfolioActions'

const card = { border: '1px solid var(--theme-elevation-200)', borderRadius: 6, padding: '10px 16px', minWidth: 160 }

/** « Pilotage » (seed 001): actions to qualify and sessions « À clore », « Enregistrer les actions en non SNP ». */
export const PortfolioPilotageView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  let content: React.ReactNode
  try {
    const todo = await pilotage({ req })
    content = (
      <>
        <h2>Nouvelles activités</h2>
        <div style={{ display: 'flex', gap: 12 }}>
          <div style={card}>
            Les actions <strong style={{ fontSize: 24, display: 'block' }}>{todo.counters.actionsToQualify}</strong> À qualifier
          </div>
          <div style={card}>
            Les sessions <strong style={{ fontSize: 24, display: 'block' }}>{todo.counters.sessionsToClose}</strong> À clore
          </div>
        </div>
        <h2>Actions à qualifier ({todo.counters.actionsToQualify})</h2>
        <PortfolioNotSnpForm
          actions={todo.actionsToQualify.map((a) => ({ id: a.id, label: `${a.beneficiary} – ${a.title} – ${a.categoryLabel} – ${frenchDate(a.doneAt)}` }))}
        />
        <h2>Sessions à clore ({todo.counters.sessionsToClose})</h2>
        <ul>
          {todo.sessionsToClose.map((s) => (
            <li key={s.id}>
              <a href={`/admin/collections/sessions/${s.id}`}>
                {frenchDate(s.startsAt)} – {s.title}
              </a>
            </li>
          ))}
        </ul>
      </>
    )
  } catch (error) {
    content = <p>{(error as Error).message}</p>
  }
  return (
    <AdminPage view={view} title="Pilotage">
      {content}
    </AdminPage>
  )
}
