import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { readActivityFilters, type ActivityFilters } from '../operations/activityScope'
import { activityTable } from '../operations/activityTable'
import { phaseReachedStatistics } from '../operations/statistics'
import { BILAN_SLUGS, MODALITY_LABELS, MODALITY_OPTIONS } from '../slugs'
import { ProgressBar } from './ProgressBar'
import { PhaseReachedChart } from './PhaseReachedChart'

const PAGE_SIZE = 50

const cellStyle = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' as const }

/** Options of the filters, from what the caller may see (the same access as the table). */
const filterOptions = async (req: PayloadRequest) => {
  const common = { depth: 0, limit: 100, overrideAccess: false, user: req.user, req } as const
  const [dabms, counsellors, phases] = await Promise.all([
    req.payload.find({ collection: 'structures', where: { type: { equals: 'dabm' } }, sort: 'name', ...common }),
    req.payload.find({ collection: 'users', where: { roles: { in: ['counsellor', 'lead-counsellor'] } }, sort: 'lastName', ...common }),
    req.payload.find({ collection: BILAN_SLUGS.phases as 'users', sort: 'order', ...common }),
  ])
  return {
    dabms: dabms.docs.map((d) => ({ value: d.id, label: String(d.name) })),
    counsellors: counsellors.docs.map((u) => ({ value: u.id, label: [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email })),
    phases: (phases.docs as unknown as { id: number; title: string }[]).map((p) => ({ value: p.id, label: p.title })),
  }
}

const Select = ({ name, label, value, options }: { name: string; label: string; value?: string | number; options: { value: string | number; label: string }[] }) => (
  <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
    <span>{label}</span>
    <select name={name} defaultValue={value ?? ''} style={{ minWidth: 180, padding: 6 }}>
      <option value="">Tous</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </label>
)

const query = (filters: ActivityFilters, extra: Record<string, string | number> = {}) =>
  new URLSearchParams(
    Object.entries({ ...filters, ...extra })
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  ).toString()

/**
 * « L'activité académique » (seed 002): one row per candidate with the chosen and completed
 * phases and a progress bar, filters, the statistics chart and the « CSV » download.
 * Rendered on the server from the same operations as the API, so the same access applies.
 */
export const ActivityView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
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
        <form method="get" style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-end', margin: '16px 0' }}>
          <Select name="dabm" label="DABM" value={filters.dabm} options={options.dabms} />
          <Select name="counsellor" label="Conseiller" value={filters.counsellor} options={options.counsellors} />
          <Select name="modality" label="Modalité" value={filters.modality} options={MODALITY_OPTIONS.map((o) => ({ value: o.value, label: o.label.fr }))} />
          <Select name="phase" label="Phase" value={filters.phase} options={options.phases} />
          <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
            Filtrer
          </button>
        </form>
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
            CSV
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
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>Tableau d'activité académique</h1>
        {content}
      </Gutter>
    </DefaultTemplate>
  )
}
