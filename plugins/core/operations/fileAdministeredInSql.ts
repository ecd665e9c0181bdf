import { sql, type SQL } from 'drizzle-orm'

import { CLOSED_PROGRAMME_STATUS } from '../../../src/kernel/access'
import { FOLLOW_UP_KIND } from '../collections/programmes'

/**
 * For plain-SQL reads over accounts (the archiving rule, the backup before archiving): the
 * account's file is administered in one of `structures`, i.e. its open follow-up programme is run
 * there (issue 18: `accounts.structure` decides nothing; the same rule as `followsTheFile`).
 * `account` is the SQL of the account's id column (e.g. sql`a.id`); served by programmes(account).
 */
export const fileAdministeredInSql = (account: SQL, structures: number[]): SQL => sql`EXISTS (
  SELECT 1 FROM programmes fp
   WHERE fp.account_id = ${account} AND fp.kind::text = ${FOLLOW_UP_KIND} AND fp.status::text <> ${CLOSED_PROGRAMME_STATUS}
     AND fp.structure_id = ANY(${`{${structures.join(',')}}`}::int[]))`
