import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { FilterForm, FilterSelect } from '../../../src/kernel/admin/FilterForm'
import { readActivityFilters, type ActivityFilters } from '../operations/activityScope'
import { activityTable } from '../operations/activityTable'
import { phaseReachedStatistics } from '../operations/statistics'
import { BILAN_SLUGS, MODALITY_LABELS, MODALITY_OPTIONS } from '../slugs'
import { ProgressBar } from './ProgressBar'
import { PhaseReachedChart } from './PhaseReachedChart'
import { displayName } from '../../../src/kernel/lib/displayName'

const PAGE_SIZE = 50

const cellStyle = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' as const }

/** Options of the filters, from what the caller may see (the same access as the table). */
const filterOptions = async (req: PayloadRequest) => {
  const common = { depth: 0, limit: 100, overrideAccess: false, user: req.user, req } as const
  const [dabms, counsellors, phases] = await Promise.all([
    req.payload.find({ collection: 'structures', where: { type: { equals: 'dabm' } }, sort: 'name', ...common }),
    req.payload.find({ collection: 'users', where: { roles: { in: ['counsellor', 'lead-counsellor'] } }, sort: 'lastName', ...common }),
    req.payload.find({ collection: BILAN_SLUGS.phases, sort: 'order', ...common }),
  ])
  return {
    dabms: dabms.docs.map((d) => ({ value: d.id, label: String(d.name) })),
    counsellors: counsellors.docs.map((u) => ({ value: u.id, label: displayName(u) })),
    phases: phases.docs.map((p) => ({ value: p.id, label: p.title })),
  }
}

const query = (filters: ActivityFilters, extra: Record<string, string | number> = {}) =>
  new URLSearchParams(
    Object.entries({ ...filters, ...extra })
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  ).toString()

/**
 * « L'activité académique » (seed 002): one row per candidate with the chosen and completed
 * phases and a progress bar, filters, the statistics chart and the « Télécharger le tableau (CSV) » download.
 * Rendered on the server from the same operations as the API, so the same access applies.
 */
export const ActivityView = async (view: AdminViewServerProps) => {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  const search = (searchParams ?? {}) as Record<string, string>
  let content: React.ReactNode
  try {
    req.query = search
    const filters = readActivityFilters(req)
    const page = Math.max(1, Number(search.page) || 1)
    const [table, statistics, options] = await Promise.all([
      activityTable({ req, filters, page, limit: PAGE_SIZE }),
      phaseReachedStatistics({ req, filters }),
      filterOptions(req),
    ])
    const pages = Math.max(1, Math.ceil(table.totalDocs / PAGE_SIZE))
    content = (
      <>
        <FilterForm submitLabel="Filtrer">
          <FilterSelect name="dabm" label="DABM" value={filters.dabm} options={options.dabms} />
          <FilterSelect name="counsellor" label="Conseiller" value={filters.counsellor} options={options.counsellors} />
          <FilterSelect name="modality" label="Modalité" value={filters.modality} options={MODALITY_OPTIONS.map((o) => ({ value: o.value, label: o.label.fr }))} />
          <FilterSelect name="phase" label="Phase" value={filters.phase} options={options.phases} />
        </FilterForm>
        <p>{table.totalDocs} candidat(s)</p>
        <div style={{ overflowX: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr style={{ textAlign: 'left' }}>
                {['Identifiant', 'DABM', 'Conseiller', 'Modalité', 'Phases', 'Phase terminée', 'Progression'].map((header) => (
                  <th key={header} style={cellStyle}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.bilan}>
                  <td style={cellStyle}>
                    <a href={`/admin/collections/${BILAN_SLUGS.bilans}/${row.bilan}`}>{row.identifier}</a>
                  </td>
                  <td style={cellStyle}>{row.dabm}</td>
                  <td style={cellStyle}>{row.counsellor}</td>
                  <td style={cellStyle}>{MODALITY_LABELS[row.modality] ?? row.modality}</td>
                  <td style={cellStyle}>{row.phases}</td>
                  <td style={cellStyle}>{row.completedPhases}</td>
                  <td style={cellStyle}>
                    <ProgressBar completed={row.completed} total={row.total} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p style={{ display: 'flex', gap: 16, alignItems: 'center', margin: '16px 0' }}>
          {page > 1 && <a href={`?${query(filters, { page: page - 1 })}`}>← Page précédente</a>}
          <span>
            Page {page} sur {pages}
          </span>
          {page < pages && <a href={`?${query(filters, { page: page + 1 })}`}>Page suivante →</a>}
          <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href={`/api/${BILAN_SLUGS.bilans}/activity.csv?${query(filters)}`} download>
            Télécharger le tableau (CSV)
          </a>
        </p>
        <h2>Statistiques : candidats par phase atteinte, par DABM et modalité</h2>
        <PhaseReachedChart rows={statistics} />
      </>
    )
  } catch (error) {
    content = <p>{(error as Error).message || "Le tableau d'activité est réservé aux équipes du bilan."}</p>
  }
  return (
    <AdminPage view={view} title="Tableau d'activité académique">
      {content}
    </AdminPage>
  )
}
