import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { up } from '../../src/migrations/20261201_235959_cej_profiles_of_existing_accounts'
import { closeLocalPayload, localPayload } from '../helpers/payload'

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> }

/**
 * Issue #16, the data migration: on a database made while `accounts` still held the CEJ fields,
 * their values move to each account's CEJ file (`cej-profiles`) and the columns leave `accounts`.
 */
let payload: Payload
let pool: Pool
const MARK = `cej-migration.${Date.now()}`
const ids: number[] = []

const migrate = () => up({ db: (payload.db as unknown as { drizzle: never }).drizzle, payload, req: {} as never })
const accountColumns = async () =>
  (await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts' AND column_name IN ('dossier_number', 'situation', 'cej_end_date', 'last_login_at')`)).rows.map((row) => row.column_name)

beforeAll(async () => {
  payload = await localPayload()
  pool = (payload.db as unknown as { pool: Pool }).pool
  // `accounts` as it was before the move: the CEJ columns (and the situation's type), filled for some accounts.
  await pool.query(`DO $$ BEGIN
      CREATE TYPE enum_accounts_situation AS ENUM ('job-seeker', 'employment', 'schooling', 'training', 'immersion', 'civic-service', 'none');
    EXCEPTION WHEN duplicate_object THEN NULL; END $$`)
  await pool.query(`ALTER TABLE accounts
      ADD COLUMN IF NOT EXISTS dossier_number varchar,
      ADD COLUMN IF NOT EXISTS situation enum_accounts_situation,
      ADD COLUMN IF NOT EXISTS cej_end_date timestamp(3) with time zone,
      ADD COLUMN IF NOT EXISTS last_login_at timestamp(3) with time zone`)
  const rouen = (await pool.query(`SELECT id FROM structures WHERE name = 'Mission Locale de Rouen'`)).rows[0].id
  const rows: [string | null, string | null, string | null, string | null][] = [
    [`M1-${MARK}`, 'employment', '2027-03-31T00:00:00.000Z', '2026-11-30T08:15:00.000Z'],
    [`M2-${MARK}`, null, null, null],
    [null, null, null, '2026-11-29T18:00:00.000Z'],
    [null, null, null, null],
  ]
  for (const [i, [dossier, situation, end, lastLogin]] of rows.entries()) {
    const { rows: inserted } = await pool.query(
      `INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, dossier_number, situation, cej_end_date, last_login_at, created_at, updated_at)
       VALUES ($1, 'Ancien', $2, $3, 'enabled', 'staff', $4, $5::enum_accounts_situation, $6, $7, now(), now()) RETURNING id`,
      [`${MARK}.${i}@exemple.fr`, `Cej${i}`, rouen, dossier, situation, end, lastLogin],
    )
    ids.push(inserted[0].id)
  }
  // The second account already has a file (created since): it keeps what it says and gains what it lacked.
  await pool.query(`INSERT INTO cej_profiles (account_id, situation, created_at, updated_at) VALUES ($1, 'training', now(), now())`, [ids[1]])
})

afterAll(async () => {
  await pool.query('DELETE FROM cej_profiles WHERE account_id = ANY($1)', [ids])
  await pool.query('DELETE FROM accounts WHERE id = ANY($1)', [ids])
  // Whatever happened above, `accounts` leaves as the current schema has it.
  await pool.query('ALTER TABLE accounts DROP COLUMN IF EXISTS dossier_number, DROP COLUMN IF EXISTS situation, DROP COLUMN IF EXISTS cej_end_date, DROP COLUMN IF EXISTS last_login_at')
  await pool.query('DROP TYPE IF EXISTS enum_accounts_situation')
  await closeLocalPayload()
})

describe('Migration : les champs CEJ des comptes passent au dossier CEJ (issue #16)', () => {
  it('Chaque compte qui portait une valeur CEJ reçoit son dossier avec ses valeurs ; les colonnes quittent les comptes', async () => {
    expect(await accountColumns()).toHaveLength(4)
    await migrate()
    const { rows } = await pool.query(
      `SELECT account_id, dossier_number, situation::text AS situation, cej_end_date, last_login_at FROM cej_profiles WHERE account_id = ANY($1) ORDER BY account_id`,
      [ids],
    )
    const iso = (value: Date | null) => (value ? value.toISOString() : null)
    expect(rows.map((row) => [row.account_id, row.dossier_number, row.situation, iso(row.cej_end_date), iso(row.last_login_at)])).toEqual([
      [ids[0], `M1-${MARK}`, 'employment', '2027-03-31T00:00:00.000Z', '2026-11-30T08:15:00.000Z'],
      [ids[1], `M2-${MARK}`, 'training', null, null],
      [ids[2], null, null, null, '2026-11-29T18:00:00.000Z'],
    ])
    expect(await accountColumns()).toEqual([])
    const types = await pool.query(`SELECT 1 FROM pg_type WHERE typname = 'enum_accounts_situation'`)
    expect(types.rows).toHaveLength(0)
    // The application reads the moved values through the CEJ file.
    const file = (await payload.find({ collection: 'cej-profiles', where: { account: { equals: ids[0] } }, depth: 0, overrideAccess: true })).docs[0]
    expect(file).toMatchObject({ dossierNumber: `M1-${MARK}`, situation: 'employment' })
  })

  it('Rejouée, ou sur une base faite après le déplacement, elle ne fait rien', async () => {
    await migrate()
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM cej_profiles WHERE account_id = ANY($1)', [ids])
    expect(rows[0].n).toBe(3)
  })
})
