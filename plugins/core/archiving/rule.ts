import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '../../../src/kernel/db/requestDb'
import { FOLLOW_UP_KIND } from '../collections/programmes'
import { fileAdministeredInSql } from '../operations/fileAdministeredInSql'
import { EAV_AGE_LIMIT } from './defaults'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export type ArchivableAccount = { id: number; structure: number | null; age: number; hasEav: boolean }

/** States an automatic run never touches (final ones, including a helper's `deleted`). */
const FINAL_STATES = '{archived,deleted}'

/**
 * The automatic rule (seed 003, « Archiver des dossiers »), in one query: no programme
 * « initialisé », « en cours » or « suspendu » (the follow-up by the structure of first contact
 * is no « dispositif »: every record has one); and 31 or older, or under 31 without any EAV
 * programme (even closed). The manual archives nobody under 27 (`minAge`); an account without
 * a birth date is never archived automatically (its age is unknown).
 * `structures` narrows the answer (an admin's dry run); `afterId` and `limit` page through it;
 * `ids` asks about these accounts only (the run checks each again just before archiving it).
 */
export const findArchivable = async ({
  req,
  minAge,
  structures = 'everywhere',
  afterId = 0,
  limit = 1000,
  ids,
  now = new Date(),
}: {
  req: PayloadRequest
  minAge: number
  structures?: 'everywhere' | number[]
  afterId?: number
  limit?: number
  ids?: number[]
  now?: Date
}): Promise<ArchivableAccount[]> => {
  if (structures !== 'everywhere' && structures.length === 0) return []
  const db = await drizzleFor<Executor>(req)
  const at = now.toISOString()
  // The files these structures administer (their open follow-up programme, issue 18).
  const scope = structures === 'everywhere' ? sql`TRUE` : fileAdministeredInSql(sql`a.id`, structures)
  const { rows } = await db.execute(sql`
    SELECT a.id, a.structure_id AS structure,
           date_part('year', age(${at}::timestamptz, a.birth_date))::int AS age,
           EXISTS (SELECT 1 FROM programmes p WHERE p.account_id = a.id AND p.kind::text = 'eav') AS "hasEav"
      FROM accounts a
     WHERE a.birth_date IS NOT NULL
       AND a.status::text <> ALL(${FINAL_STATES}::text[])
       AND a.id > ${afterId}
       AND ${scope}
       AND ${ids ? sql`a.id = ANY(${`{${ids.join(',')}}`}::int[])` : sql`TRUE`}
       AND a.birth_date <= ${at}::timestamptz - make_interval(years => ${minAge})
       AND NOT EXISTS (
             SELECT 1 FROM programmes p
              WHERE p.account_id = a.id AND p.status::text IN ('initialised', 'in-progress', 'suspended') AND p.kind::text <> ${FOLLOW_UP_KIND})
       AND (a.birth_date <= ${at}::timestamptz - make_interval(years => ${EAV_AGE_LIMIT})
            OR NOT EXISTS (SELECT 1 FROM programmes p WHERE p.account_id = a.id AND p.kind::text = 'eav'))
     ORDER BY a.id
     LIMIT ${limit}`)
  return rows.map((row) => ({ id: Number(row.id), structure: row.structure == null ? null : Number(row.structure), age: Number(row.age), hasEav: row.hasEav === true }))
}
