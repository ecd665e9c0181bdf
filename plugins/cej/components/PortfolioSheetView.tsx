import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { frenchDate } from '../../../src/kernel/lib/frenchDates'
import { beneficiarySheet } from '../portfolio/sheet'
import { PortfolioDeleteButton } from './PortfolioActions'
import { cellStyle } from './PortfolioTable'

const card = (tone: string) => ({ border: `1px solid ${tone}`, borderRadius: 6, padding: '10px 16px', minWidth: 120, textAlign: 'center' as const })

const Indicator = ({ value, label, tone = 'var(--theme-elevation-200)' }: { value: number; label: string; tone?: string }) => (
  <div style={card(tone)}>
    <div style={{ fontSize: 28, fontWeight: 600 }}>{value}</div>
    <div>{label}</div>
  </div>
)

const Table = ({ label, headers, rows }: { label: string; headers: string[]; rows: React.ReactNode[][] }) => (
  <table style={{ width: '100%', borderCollapse: 'collapse' }} aria-label={label}>
    <thead>
      <tr style={{ textAlign: 'left' }}>
        {headers.map((h) => (
          <th key={h} style={cellStyle}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((cells, i) => (
        <tr key={i}>
          {cells.map((c, j) => (
            <td key={j} style={cellStyle}>
              {c}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
)

/**
 * « Détail d'une fiche bénéficiaire » (seed 001): banner while never logged in, the week's
 * indicators, information, actions, appointments, sessions, the counsellor history and
 * « Supprimer ce compte »; read-only for a colleague's beneficiary.
 */
export const PortfolioSheetView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const segments = ((view.params as { segments?: string[] } | undefined)?.segments ?? []) as string[]
  const id = segments[segments.length - 1] ?? ''
  const week = ((view.searchParams ?? {}) as Record<string, string>).week
  let title = 'Fiche bénéficiaire'
  let content: React.ReactNode
  try {
    const sheet = await beneficiarySheet({ req, id, week })
    const { account } = sheet
    title = [account.firstName, String(account.lastName ?? '').toUpperCase()].filter(Boolean).join(' ') || 'Fiche bénéficiaire'
    content = (
      <>
        <p>
          <a href="/admin/portefeuille">Portefeuille</a> &gt; Fiche bénéficiaire
        </p>
        {sheet.readOnly && (
          <p role="note" style={{ background: 'var(--theme-elevation-100)', padding: 12, borderRadius: 6 }}>
            <strong>Vous êtes en lecture seule.</strong> Vous pouvez uniquement lire la fiche de ce bénéficiaire car il ne fait pas partie de votre portefeuille.
          </p>
        )}
        {sheet.banner && (
          <p role="alert" id="never-logged-in" style={{ background: 'var(--theme-error-100, #fde2e1)', color: 'var(--theme-error-800, #8a1c1c)', border: '1px solid #d33', padding: 12, borderRadius: 6 }}>
            {sheet.banner}
          </p>
        )}
        {sheet.mayDelete && <PortfolioDeleteButton account={account.id} />}
        <h2>Cette semaine</h2>
        <p>
          Semaine du {frenchDate(sheet.week.from)} au {frenchDate(new Date(new Date(sheet.week.to).getTime() - 1))}
        </p>
        <h3>Les actions</h3>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }} aria-label="Indicateurs de la semaine">
          <Indicator value={sheet.week.actions.created} label="Créées" />
          <Indicator value={sheet.week.actions.done} label="Terminées" tone="#5b9bd5" />
          <Indicator value={sheet.week.actions.late} label="En retard" tone="#e07a9a" />
          <Indicator value={sheet.week.actions.dueThisWeek} label="Échéance cette semaine" />
        </div>
        <h3>Les événements</h3>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Indicator value={sheet.week.appointments} label="Rendez-vous cette semaine" />
          <Indicator value={sheet.week.sessions} label="Sessions cette semaine" />
        </div>
        <h2>Informations</h2>
        <ul>
          <li>Ajouté le : {frenchDate(account.addedAt)}</li>
          <li>E-mail : {String(account.email ?? '')}</li>
          <li>Numéro de dossier : {String(account.dossierNumber ?? '—')}</li>
          <li>Situation : {account.situationLabel || '—'}</li>
          <li>Date de fin du CEJ : {account.cejEndDate ? frenchDate(String(account.cejEndDate)) : '—'}</li>
        </ul>
        <h2>Actions ({sheet.actions.length})</h2>
        <Table
          label="Actions"
          headers={["Titre de l'action", "Date de l'action", 'Catégorie', 'Statut']}
          rows={sheet.actions.map((a) => [a.title, frenchDate(a.dueDate), a.categoryLabel, a.late ? `${a.statusLabel} (en retard)` : a.statusLabel])}
        />
        <h2>Rendez-vous ({sheet.appointments.length})</h2>
        <Table label="Rendez-vous" headers={['Titre', 'Date']} rows={sheet.appointments.map((a) => [a.title, frenchDate(a.startsAt)])} />
        <h2>Sessions ({sheet.sessions.length})</h2>
        <Table label="Sessions" headers={['Session', 'Date']} rows={sheet.sessions.map((s) => [s.title, frenchDate(s.startsAt)])} />
        <h2>Historique des conseillers</h2>
        <Table
          label="Historique des conseillers"
          headers={['Conseiller', 'Type', 'Depuis', "Jusqu'au"]}
          rows={sheet.counsellorHistory.map((h) => [h.counsellor, h.kind, h.from ? frenchDate(h.from) : '—', h.until ? frenchDate(h.until) : '—'])}
        />
      </>
    )
  } catch (error) {
    content = <p>{(error as Error).message}</p>
  }
  return (
    <AdminPage view={view} title={title}>
      {content}
    </AdminPage>
  )
}
