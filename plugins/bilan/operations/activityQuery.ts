import { displayName } from '../../../src/kernel/lib/displayName'
import type { SqlCondition } from './activityScope'

/** One row of the activity table (seed 002, « L'activité académique »). */
export type ActivityRow = {
  bilan: number
  identifier: number
  dabm: string | null
  counsellor: string | null
  modality: string
  phases: string
  completedPhases: string
  total: number
  completed: number
}

/** The activity table's SELECT: one row per bilan (one bilan per candidate), newest first. */
export const activitySql = ({ condition, paginate }: { condition: SqlCondition; paginate?: { limit: number; offset: number } }) => {
  const params = [...condition.params]
  const page = paginate ? ` LIMIT $${params.push(paginate.limit)} OFFSET $${params.push(paginate.offset)}` : ''
  return {
    text: `SELECT b.id AS bilan,
        b.candidate_id AS identifier,
        d.name AS dabm,
        u.first_name AS "counsellorFirstName",
        u.last_name AS "counsellorLastName",
        u.status::text AS "counsellorStatus",
        b.modality::text AS modality,
        coalesce(string_agg(p.title, ', ' ORDER BY s."order", s.id), '') AS phases,
        coalesce(string_agg(p.title, ', ' ORDER BY s."order", s.id) FILTER (WHERE s.status = 'completed'), '') AS "completedPhases",
        count(s.id)::int AS total,
        (count(s.id) FILTER (WHERE s.status = 'completed'))::int AS completed
      FROM bilans b
      LEFT JOIN structures d ON d.id = b.dabm_id
      LEFT JOIN users u ON u.id = b.counsellor_id
      LEFT JOIN bilan_steps s ON s.bilan_id = b.id
      LEFT JOIN bilan_phases p ON p.id = s.phase_id
      WHERE ${condition.sql}
      GROUP BY b.id, d.name, u.first_name, u.last_name, u.status
      ORDER BY b.id DESC${page}`,
    values: params,
  }
}

/** A row as PostgreSQL returns it: the counsellor's name parts, named by `displayName` here. */
export type RawActivityRow = Omit<ActivityRow, 'counsellor'> & {
  counsellorFirstName: string | null
  counsellorLastName: string | null
  counsellorStatus: string | null
}

/** The row the table and the CSV show: the counsellor named (« Donnée anonymisée » once unsubscribed). */
export const toActivityRow = ({ counsellorFirstName, counsellorLastName, counsellorStatus, ...row }: RawActivityRow): ActivityRow => ({
  ...row,
  counsellor:
    counsellorFirstName || counsellorLastName || counsellorStatus
      ? displayName({ firstName: counsellorFirstName, lastName: counsellorLastName, status: counsellorStatus }, { useEmail: false, fallback: '' }) || null
      : null,
})
