import type { PortfolioRow } from '../portfolio/portfolio'
import { PORTFOLIO_COLUMNS } from '../portfolio/portfolio'
import { sheetPath } from '../portfolio/options'

export const cellStyle = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' as const }

const SORT_KEYS = Object.keys(PORTFOLIO_COLUMNS) as (keyof typeof PORTFOLIO_COLUMNS)[]

const query = (values: Record<string, string | number | undefined | null>) =>
  new URLSearchParams(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)])).toString()

/** The beneficiaries' table with a sort link on every column (↑ / ↓), as in the manual. */
export const PortfolioTable = ({
  rows,
  sort,
  search,
  extraColumn,
}: {
  rows: (PortfolioRow & { readOnly?: boolean })[]
  sort: string
  search: string
  extraColumn?: { header: string; cell: (row: PortfolioRow & { readOnly?: boolean }) => React.ReactNode }
}) => (
  <div style={{ overflowX: 'auto' }}>
    <table style={{ width: '100%', borderCollapse: 'collapse' }} aria-label="Liste des bénéficiaires">
      <thead>
        <tr style={{ textAlign: 'left' }}>
          {SORT_KEYS.map((key) => {
            const active = sort.replace(/^-/, '') === key
            const descending = active && sort.startsWith('-')
            return (
              <th key={key} style={cellStyle} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
                <a href={`?${query({ search, sort: active && !descending ? `-${key}` : key })}`}>
                  {PORTFOLIO_COLUMNS[key]} {active ? (descending ? '↓' : '↑') : '↑↓'}
                </a>
              </th>
            )
          })}
          {extraColumn && <th style={cellStyle}>{extraColumn.header}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td style={cellStyle}>
              <a href={`/admin${sheetPath(row.id)}`}>{row.name}</a>
            </td>
            <td style={cellStyle}>{row.situationLabel}</td>
            <td style={cellStyle}>{row.lastActivity}</td>
            <td style={cellStyle}>{row.actions}</td>
            <td style={cellStyle}>{row.unreadByYoungPerson}</td>
            {extraColumn && <td style={cellStyle}>{extraColumn.cell(row)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

export const Pager = ({ page, totalPages, search, sort }: { page: number; totalPages: number; search: string; sort: string }) => (
  <p style={{ display: 'flex', gap: 16, alignItems: 'center', margin: '16px 0' }}>
    {page > 1 && <a href={`?${query({ search, sort, page: page - 1 })}`}>← Page précédente</a>}
    <span>
      Page {page} sur {totalPages}
    </span>
    {page < totalPages && <a href={`?${query({ search, sort, page: page + 1 })}`}>Page suivante →</a>}
  </p>
)

export { query as listQuery }
