import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { drizzleFor, tableNameOf } from '../../../../src/kernel/db/requestDb'
import { ANONYMISED } from '../../../../src/kernel/lib/displayName'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/** The e-mail an unsubscribed user keeps: unique, and in a reserved domain nothing delivers to. */
export const anonymisedEmail = (id: number | string) => `donnee-anonymisee-${id}@anonymise.invalid`

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One word of a name, whatever its case (PostgreSQL's `~*` may not fold accented capitals). */
const spelled = (word: string) => {
  const forms = [...new Set([word, word.toLowerCase(), word.toUpperCase(), word[0].toUpperCase() + word.slice(1).toLowerCase()])]
  return `(?:${forms.map(escapeRegex).join('|')})`
}

/**
 * A letter or digit of a name, spelled out rather than `\\m`/`[[:alnum:]]`, which follow the
 * database's locale (under `C`, « É » would not count as a letter and « Émilie » would never match).
 */
const WORD_CHAR = '[0-9A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]'

/**
 * The ways another record may have copied this person: « Prénom Nom », « Nom Prénom »,
 * « NOM Prénom », and the e-mail; whole words only, so a longer name or address that merely
 * contains them is left alone.
 */
export const tracePattern = ({ firstName, lastName, email }: { firstName?: unknown; lastName?: unknown; email?: unknown }): string | null => {
  const words = (value: unknown) => (typeof value === 'string' ? value.trim().split(/\s+/).filter(Boolean) : [])
  const first = words(firstName)
  const last = words(lastName)
  const alternatives: string[] = []
  if (first.length && last.length && ![...first, ...last].some((w) => w === ANONYMISED || ANONYMISED.split(' ').includes(w))) {
    const part = (ws: string[]) => ws.map(spelled).join('[\\s-]+')
    alternatives.push(`${part(first)}\\s+${part(last)}`, `${part(last)}\\s+${part(first)}`)
  }
  if (typeof email === 'string' && email.includes('@')) alternatives.push(spelled(email))
  return alternatives.length ? `(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})` : null
}

/** Columns that hold a person's own identity (never another's copy): left to their record. */
const IDENTITY_COLUMNS = new Set(['first_name', 'last_name', 'email', 'name_key'])

/**
 * Seed 003, « ANONYMISATION »: once a user is unsubscribed, nothing in the database may still
 * show their name. In the unsubscribing transaction:
 *  - every text, varchar and json(b) column of every table of the schema is searched for the
 *    copies `tracePattern` describes, and each is replaced by « Donnée anonymisée » (lifecycle
 *    comments, notification texts, message author names, job inputs… including columns that
 *    modules add later: the list comes from `information_schema`, not from this file);
 *  - their own notifications, preferences and document locks are deleted;
 *  - their password, reset token and lock are erased, so no way of logging in remains.
 * Their own fields (names, e-mail, phone…) are erased by the transition's own write.
 */
export const eraseUserTraces = async ({ req, user }: { req: PayloadRequest; user: Record<string, unknown> & { id: number | string } }) => {
  const db = await drizzleFor<Executor>(req)
  const pattern = tracePattern({ firstName: user.firstName, lastName: user.lastName, email: user.email })
  let replaced = 0
  if (pattern) {
    const { rows: columns } = await db.execute(sql`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema()
        AND data_type IN ('text', 'character varying', 'jsonb', 'json')
        AND table_name NOT IN ('payload_migrations')
      ORDER BY table_name, column_name`)
    for (const { table_name: table, column_name: column, data_type: type } of columns as { table_name: string; column_name: string; data_type: string }[]) {
      if (IDENTITY_COLUMNS.has(column)) continue
      const target = sql.identifier(column)
      const asText = type === 'jsonb' || type === 'json' ? sql`${target}::text` : target
      const cast = type === 'jsonb' ? sql`::jsonb` : type === 'json' ? sql`::json` : sql``
      const { rows } = await db.execute(sql`
        UPDATE ${sql.identifier(table)} SET ${target} = regexp_replace(${asText}, ${pattern}, ${ANONYMISED}, 'gi')${cast}
        WHERE ${asText} ~* ${pattern} RETURNING 1 AS hit`)
      replaced += rows.length
    }
  }
  const users = sql.identifier(tableNameOf(req, 'users'))
  await db.execute(sql`
    UPDATE ${users} SET hash = NULL, salt = NULL, reset_password_token = NULL, reset_password_expiration = NULL
    WHERE id = ${user.id}`)
  const notifications = sql.identifier(tableNameOf(req, 'notifications'))
  await db.execute(sql`DELETE FROM ${notifications} WHERE recipient_user_id = ${user.id}`)
  await db.execute(sql`DELETE FROM payload_preferences WHERE id IN (SELECT parent_id FROM payload_preferences_rels WHERE users_id = ${user.id})`)
  await db.execute(sql`DELETE FROM payload_locked_documents_rels WHERE users_id = ${user.id}`)
  return { replaced }
}
