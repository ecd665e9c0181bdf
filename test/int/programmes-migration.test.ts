import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { up } from '../../src/migrations/20261201_235959_programmes_of_existing_accounts'
import { api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> }

/**
 * Issue 18, the data migration: every account that existed before programmes gets its follow-up
 * by its structure of first contact, and who sees which young person does not change: after it,
 * each caller reads exactly what the rule of before programmes gave (the account's structure,
 * for the roles that follow accounts). Before it, programmes alone deciding, only super-admins
 * read these accounts: the migration is what keeps everyone's view.
 */
let payload: Payload
let pool: Pool
const MARK = `migration.${Date.now()}`
const ids: number[] = []
const CALLERS = ['super-admin', 'admin', 'referent-accounts', 'referent-accounts-caen', 'counsellor', 'establishment-referent', 'cej-counsellor', 'referent-forms']

const structureId = async (name: string) => (await pool.query('SELECT id FROM structures WHERE name = $1', [name])).rows[0].id as number

/** The fixture accounts each caller reads, over REST (list and count) and GraphQL. */
const visibility = async () => {
  const seen: Record<string, number[]> = {}
  const filter = ids.map((id, i) => `where[or][${i}][id][equals]=${id}`).join('&')
  for (const role of CALLERS) {
    const token = await login(staff(role))
    const rest = await api(`/api/accounts?${filter}&depth=0&sort=id&limit=50`, { token })
    const gqlWhere = ids.map((id) => `{ id: { equals: ${id} } }`).join(', ')
    const gql = await graphql(`{ Accounts(where: { OR: [${gqlWhere}] }, sort: "id", limit: 50) { totalDocs docs { id } } }`, {}, token)
    const restIds = rest.status === 200 ? (rest.body.docs as { id: number }[]).map((doc) => doc.id) : []
    expect(gql.data?.Accounts?.docs?.map((doc: { id: number }) => doc.id) ?? [], JSON.stringify(gql.errors)).toEqual(restIds)
    seen[role] = restIds
  }
  return seen
}

beforeAll(async () => {
  payload = await localPayload()
  pool = (payload.db as unknown as { pool: Pool }).pool
  const [rouen, caen, bobigny, lunel] = await Promise.all(
    ['Mission Locale de Rouen', 'Mission Locale de Caen', 'Lycée professionnel Alfred-Costes (Bobigny)', 'Lunel'].map(structureId),
  )
  // Accounts as they were before programmes: written straight to the table, with no programme.
  const rows: [number, string][] = [
    [rouen, 'enabled'],
    [caen, 'pending'],
    [bobigny, 'enabled'],
    [lunel, 'disabled'],
    [rouen, 'archived'],
  ]
  for (const [i, [structure, status]] of rows.entries()) {
    const { rows: inserted } = await pool.query(
      `INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, archived_at, created_at, updated_at)
       VALUES ($1, 'Ancien', $2, $3, $4::text::enum_accounts_status, 'staff', CASE WHEN $4::text = 'archived' THEN now() END, now() - interval '400 days', now()) RETURNING id`,
      [`${MARK}.${i}@exemple.fr`, `Compte${i}`, structure, status],
    )
    ids.push(inserted[0].id)
  }
})

afterAll(async () => {
  await pool.query('DELETE FROM programmes WHERE account_id = ANY($1)', [ids])
  await pool.query('DELETE FROM accounts WHERE id = ANY($1)', [ids])
  await closeLocalPayload()
})

describe('Migration : un dispositif de suivi par compte existant (issue 18)', () => {
  it('Chaque compte reçoit son suivi par sa structure de premier accueil, et personne ne voit autre chose qu’avant', async () => {
    const before = await visibility()
    expect(before).toEqual({ ...Object.fromEntries(CALLERS.map((role) => [role, []])), 'super-admin': ids })
    // What each caller read when `accounts.structure` decided (Rouen: 0 and 4, Caen: 1, Bobigny: 2, Lunel: 3).
    const byFirstContact = {
      'super-admin': ids,
      admin: [ids[0], ids[4]],
      'referent-accounts': [ids[0], ids[4]],
      'referent-accounts-caen': [ids[1]],
      counsellor: [ids[3]],
      'establishment-referent': [ids[2]],
      'cej-counsellor': [ids[0], ids[4]],
      'referent-forms': [],
    }
    await up({ db: (payload.db as unknown as { drizzle: never }).drizzle, payload, req: {} as never })
    const { rows } = await pool.query(
      `SELECT account_id, kind::text AS kind, status::text AS status, structure_id, end_date IS NOT NULL AS ended
         FROM programmes WHERE account_id = ANY($1) ORDER BY account_id`,
      [ids],
    )
    const { rows: accounts } = await pool.query('SELECT id, structure_id FROM accounts WHERE id = ANY($1) ORDER BY id', [ids])
    expect(rows.map((row) => [row.account_id, row.kind, row.status, row.structure_id, row.ended])).toEqual(
      // The archived account's too: its structure keeps the record under its number, as archiving does.
      accounts.map((account) => [account.id, 'follow-up', 'in-progress', account.structure_id, false]),
    )
    expect(await visibility()).toEqual(byFirstContact)
  })

  it('Rejouée, elle n’ajoute rien', async () => {
    await up({ db: (payload.db as unknown as { drizzle: never }).drizzle, payload, req: {} as never })
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM programmes WHERE account_id = ANY($1)', [ids])
    expect(rows[0].n).toBe(ids.length)
  })
})
