import { sql } from 'drizzle-orm'
import type { CollectionAfterLoginHook } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { SECTION_STRUCTURE_TYPES } from '../../../src/kernel/access'
import { drizzleFor, tableNameOf } from '../../../src/kernel/db/requestDb'
import { CEJ_SLUGS } from '../slugs'

/** Where the CEJ follows young people: Missions Locales, their antennes and regions. */
const CEJ_STRUCTURE_TYPES = SECTION_STRUCTURE_TYPES.cej ?? []

/**
 * Every login records the young person's last activity on their CEJ file: only the CEJ portfolio
 * reads it (« Dernière activité », « Compte non activé », the sheet's banner), so it left
 * `accounts` with the other CEJ fields (issue #16). One statement, on another table than the
 * session Payload has just written on `accounts` (no read-modify-write, no race with that save):
 * an upsert by account id, because a young person of a Mission Locale may sit in a counsellor's
 * portfolio without having been added with a dossier number (a referent set on the account's
 * page), and their last activity must show there too. Only for an account that has a CEJ file or
 * belongs to a structure where the CEJ works: an Atouts candidate gets no CEJ row by logging in.
 */
export const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const db = await drizzleFor<{ execute: (query: unknown) => Promise<unknown> }>(req)
  const profiles = sql.identifier(tableNameOf(req, CEJ_SLUGS.cejProfiles))
  const accounts = sql.identifier(tableNameOf(req, SLUGS.accounts))
  const structures = sql.identifier(tableNameOf(req, SLUGS.structures))
  await db.execute(sql`
    INSERT INTO ${profiles} (account_id, last_login_at, updated_at, created_at)
    SELECT a.id, now(), now(), now()
      FROM ${accounts} a LEFT JOIN ${structures} s ON s.id = a.structure_id
     WHERE a.id = ${Number(user.id)}
       AND (s.type::text = ANY(${`{${CEJ_STRUCTURE_TYPES.join(',')}}`}::text[]) OR EXISTS (SELECT 1 FROM ${profiles} p WHERE p.account_id = a.id))
    ON CONFLICT (account_id) DO UPDATE SET last_login_at = excluded.last_login_at`)
}
