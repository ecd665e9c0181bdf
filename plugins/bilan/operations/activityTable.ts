import type { PayloadRequest } from 'payload'

import { activityCondition, type ActivityFilters } from './activityScope'
import { activitySql, toActivityRow, type RawActivityRow } from './activityQuery'
import { poolOf } from './pool'

/** A page of the activity table for the caller, with the total for the pager. */
export const activityTable = async ({ req, filters, page = 1, limit = 50 }: { req: PayloadRequest; filters: ActivityFilters; page?: number; limit?: number }) => {
  const condition = await activityCondition({ req, filters })
  const pool = poolOf(req)
  const [{ rows }, count] = await Promise.all([
    pool.query<RawActivityRow>(activitySql({ condition, paginate: { limit, offset: (page - 1) * limit } })),
    pool.query<{ total: number }>({ text: `SELECT count(*)::int AS total FROM bilans b WHERE ${condition.sql}`, values: condition.params }),
  ])
  return { rows: rows.map(toActivityRow), totalDocs: count.rows[0]?.total ?? 0, page, limit }
}
