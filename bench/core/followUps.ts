import type pg from 'pg'

/**
 * Accounts inserted by SQL get the follow-up programme their creation would have opened (issue
 * 18: a structure follows a young person only through an open programme; without it, staff lists
 * would be empty and measure nothing).
 */
export const openFollowUps = async (pool: pg.Pool, accountIds: number[]): Promise<void> => {
  await pool.query(
    `INSERT INTO programmes (account_id, kind, status, start_date, structure_id, created_at, updated_at)
     SELECT a.id, 'follow-up', 'in-progress', a.created_at, a.structure_id, now(), now()
       FROM accounts a WHERE a.id = ANY($1::int[]) AND a.structure_id IS NOT NULL`,
    [accountIds],
  )
  await pool.query('ANALYZE programmes')
}
