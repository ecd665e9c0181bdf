import type { PayloadRequest, Where } from 'payload'

import { asPrincipal, userOpensSection } from '../../../src/kernel/access'
import { forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { readBilans } from '../access/bilanAccess'
import { MODALITY_OPTIONS } from '../slugs'

/** A SQL condition on the `bilans` table (alias `b`) and its parameters. */
export type SqlCondition = { sql: string; params: unknown[] }

const COLUMNS: Record<string, string> = { id: 'b.id', structure: 'b.structure_id', counsellor: 'b.counsellor_id', candidate: 'b.candidate_id' }

/**
 * Downloads and tables read the database directly: the caller's scope is the very `Where` that
 * `bilans` read access returns, translated to SQL. Anything it cannot translate refuses access.
 */
export const whereToSql = ({ where, params }: { where: Where; params: unknown[] }): string => {
  const parts: string[] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const inner = (value as Where[]).map((w) => `(${whereToSql({ where: w, params })})`)
      parts.push(inner.length ? inner.join(key === 'and' ? ' AND ' : ' OR ') : key === 'and' ? 'TRUE' : 'FALSE')
      continue
    }
    const column = COLUMNS[key]
    const condition = value as Record<string, unknown>
    if (!column) throw forbidden()
    if ('equals' in condition) {
      params.push(Number(condition.equals))
      parts.push(`${column} = $${params.length}`)
    } else if ('in' in condition) {
      params.push((condition.in as unknown[]).map(Number))
      parts.push(`${column} = ANY($${params.length}::int[])`)
    } else throw forbidden()
  }
  return parts.length ? parts.join(' AND ') : 'TRUE'
}

export type ActivityFilters = { dabm?: number; counsellor?: number; modality?: string; phase?: number }

/** Reads `dabm`, `counsellor`, `modality` and `phase` from the query string (400 naming a bad one). */
export const readActivityFilters = (req: PayloadRequest): ActivityFilters => {
  const query = (req.query ?? {}) as Record<string, unknown>
  const filters: ActivityFilters = {}
  for (const key of ['dabm', 'counsellor', 'phase'] as const) {
    const raw = query[key]
    if (raw === undefined || raw === '') continue
    const id = Number(raw)
    if (!Number.isInteger(id) || id <= 0) throw invalidField({ req, path: key, message: `Le filtre « ${key} » doit être un identifiant.` })
    filters[key] = id
  }
  if (query.modality !== undefined && query.modality !== '') {
    if (!MODALITY_OPTIONS.some((option) => option.value === query.modality)) {
      throw invalidField({ req, path: 'modality', message: 'La modalité doit valoir « on-site » (Présentiel) ou « remote » (À distance).' })
    }
    filters.modality = String(query.modality)
  }
  return filters
}

/** The caller's scope plus the filters, as one SQL condition on `bilans b`. Staff of the bilan section only. */
export const activityCondition = async ({ req, filters }: { req: PayloadRequest; filters: ActivityFilters }): Promise<SqlCondition> => {
  if (!userOpensSection(asPrincipal(req.user), 'bilan')) throw forbidden("Le tableau d'activité est réservé aux équipes du bilan.")
  const access = await readBilans({ req })
  if (access === false) throw forbidden()
  const params: unknown[] = []
  const parts = [access === true ? 'TRUE' : `(${whereToSql({ where: access, params })})`]
  if (filters.dabm) parts.push(`b.dabm_id = $${params.push(filters.dabm)}`)
  if (filters.counsellor) parts.push(`b.counsellor_id = $${params.push(filters.counsellor)}`)
  if (filters.modality) parts.push(`b.modality = $${params.push(filters.modality)}`)
  if (filters.phase) parts.push(`EXISTS (SELECT 1 FROM bilan_steps f WHERE f.bilan_id = b.id AND f.phase_id = $${params.push(filters.phase)})`)
  return { sql: parts.join(' AND '), params }
}
