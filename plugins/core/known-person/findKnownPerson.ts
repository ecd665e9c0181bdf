import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '../../../src/kernel/db/requestDb'

type Executor = { execute: (query: unknown) => Promise<{ rows: { id: number }[] }> }

/** What identifies a young person when someone is about to create them again. */
export type Identity = { email?: unknown; firstName?: unknown; lastName?: unknown; birthDate?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '')
const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '')

/**
 * The existing account of this person, if any (issue 18): the same e-mail, or the same first
 * name, last name and birth date (letter case and surrounding spaces aside; the birth date read
 * as a day in Paris or in UTC, whichever way it was entered). Payload stores e-mails trimmed and in
 * lower case, so the e-mail uses its unique index; the names are a scan of the table (an expression
 * index would serve them if it grows). Archived records have no identity left and match nothing.
 * One statement.
 */
export const findKnownPerson = async ({ req, identity }: { req: PayloadRequest; identity: Identity }): Promise<number | null> => {
  const email = text(identity.email)
  const [firstName, lastName, birthDate] = [text(identity.firstName), text(identity.lastName), day(identity.birthDate)]
  const byNames = firstName && lastName && birthDate
  if (!email && !byNames) return null
  const db = await drizzleFor<Executor>(req)
  const { rows } = await db.execute(sql`
    SELECT id FROM accounts
     WHERE status::text <> 'archived'
       AND (${email ? sql`email = ${email}` : sql`FALSE`}
            OR ${
              byNames
                ? sql`(lower(trim(first_name)) = ${firstName} AND lower(trim(last_name)) = ${lastName}
                       AND ((birth_date AT TIME ZONE 'Europe/Paris')::date = ${birthDate}::date OR (birth_date AT TIME ZONE 'UTC')::date = ${birthDate}::date))`
                : sql`FALSE`
            })
     ORDER BY id
     LIMIT 1`)
  return rows[0] ? Number(rows[0].id) : null
}
