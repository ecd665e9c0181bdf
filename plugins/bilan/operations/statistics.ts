import type { PayloadRequest } from 'payload'

import { activityCondition, type ActivityFilters } from './activityScope'
import { poolOf } from './pool'

export type PhaseReachedRow = { dabm: string | null; modality: string; phase: string | null; order: number | null; candidates: number }

/**
 * Candidates per phase reached (the furthest chosen phase they have started), per DABM and
 * modality: what the academic admin follows (seed 002, « statistiques »).
 */
export const phaseReachedStatistics = async ({ req, filters }: { req: PayloadRequest; filters: ActivityFilters }) => {
  const condition = await activityCondition({ req, filters })
  const { rows } = await poolOf(req).query<PhaseReachedRow>({
    text: `WITH reached AS (
        SELECT b.id, b.dabm_id, b.modality::text AS modality,
          (SELECT s.phase_id FROM bilan_steps s
            WHERE s.bilan_id = b.id AND s.status <> 'not-started'
            ORDER BY s."order" DESC, s.id DESC LIMIT 1) AS phase_id
        FROM bilans b WHERE ${condition.sql})
      SELECT d.name AS dabm, r.modality, p.title AS phase, p."order"::int AS "order", count(*)::int AS candidates
      FROM reached r
      LEFT JOIN structures d ON d.id = r.dabm_id
      LEFT JOIN bilan_phases p ON p.id = r.phase_id
      GROUP BY d.name, r.modality, p.title, p."order"
      ORDER BY d.name, r.modality, p."order" NULLS FIRST`,
    values: condition.params,
  })
  return rows
}
