import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_FOLLOWED_BY_ID } from '../../src/kernel/access'
import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/**
 * Issue 16 after issue 18: who follows a young person is still decided by programmes alone, but
 * read on one indexed column of `accounts` (`followUpStructure`, the structure running the open
 * follow-up), which PostgreSQL keeps from the programmes in the writing transaction, whoever
 * writes them. The other open programmes (a DABM's bilan…) add their accounts by id, or past
 * MAX_FOLLOWED_BY_ID of them through the programmes' join: both answer the same.
 */
let payload: Payload
type Queryable = { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> }
let pool: Queryable & { connect: () => Promise<Queryable & { release: () => void }> }
let rouenReferent: string
let caenReferent: string
let dabmCounsellor: string
let superAdmin: string
let rouen: number
let caen: number
let lunel: number
let seq = 0

const structureId = async (name: string) =>
  (await payload.find({ collection: 'structures', where: { name: { equals: name } }, depth: 0, limit: 1, overrideAccess: true })).docs[0].id as number

/** The column as PostgreSQL holds it. */
const column = async (account: number) => (await pool.query('SELECT follow_up_structure_id AS s FROM accounts WHERE id = $1', [account])).rows[0]?.s ?? null

const email = (label: string) => `colonne.${label}.${Date.now()}.${++seq}@exemple.fr`

const createdBy = async (token: string, structure: number, label: string) => {
  const created = await api('/api/accounts', {
    method: 'POST',
    token,
    body: { email: email(label), firstName: 'Noé', lastName: `Colonne${seq}`, birthDate: '2004-02-03', postalCode: '76000', structure },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as number
}

const followUpOf = async (account: number) =>
  (
    await payload.find({
      collection: 'programmes',
      where: { account: { equals: account }, kind: { equals: 'follow-up' }, status: { not_equals: 'closed' } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/** How many of the accounts named `mark` the caller lists (REST and GraphQL agree). */
const listed = async (token: string, mark: string) => {
  const rest = await api(`/api/accounts?where[lastName][equals]=${mark}&limit=1&depth=0&select[lastName]=true`, { token })
  expect(rest.status, JSON.stringify(rest.body)).toBe(200)
  const gql = await graphql(`{ Accounts(where: { lastName: { equals: "${mark}" } }, limit: 1) { totalDocs } }`, {}, token)
  expect(gql.errors, JSON.stringify(gql.errors)).toBeUndefined()
  expect(gql.data.Accounts.totalDocs).toBe(rest.body.totalDocs)
  return rest.body.totalDocs as number
}

beforeAll(async () => {
  payload = await localPayload()
  pool = (payload.db as unknown as { pool: typeof pool }).pool
  rouenReferent = await login(staff('referent-accounts'))
  caenReferent = await login(staff('referent-accounts-caen'))
  dabmCounsellor = await login(staff('counsellor'))
  superAdmin = await login(staff('super-admin'))
  rouen = await structureId('Mission Locale de Rouen')
  caen = await structureId('Mission Locale de Caen')
  lunel = await structureId('Lunel')
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('La structure du suivi ouvert, colonne tenue par PostgreSQL (issue 16)', () => {
  it('Elle suit le dispositif de suivi : création, transfert, suivi clos, suivi rouvert', async () => {
    const id = await createdBy(rouenReferent, rouen, 'life')
    expect(await column(id)).toBe(rouen)
    const moved = await api(`/api/accounts/${id}`, { method: 'PATCH', token: superAdmin, body: { structure: caen } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(await column(id)).toBe(caen)
    const followUp = await followUpOf(id)
    const closed = await api(`/api/programmes/${followUp.id}`, { method: 'PATCH', token: superAdmin, body: { status: 'closed', endDate: new Date().toISOString() } })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect(await column(id)).toBeNull()
    expect((await api(`/api/accounts/${id}?depth=0`, { token: caenReferent })).status).not.toBe(200)
    const reopened = await api('/api/programmes', { method: 'POST', token: superAdmin, body: { account: id, kind: 'follow-up', status: 'in-progress', structure: rouen } })
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(201)
    expect(await column(id)).toBe(rouen)
    expect((await api(`/api/accounts/${id}?depth=0`, { token: rouenReferent })).status).toBe(200)
    // A programme deleted outright takes its follow-up with it.
    expect((await api(`/api/programmes/${reopened.body.doc.id}`, { method: 'DELETE', token: superAdmin })).status).toBe(200)
    expect(await column(id)).toBeNull()
  })

  it('Personne ne l’écrit : ni l’API (même un super-admin), ni une pré-inscription, ni un UPDATE SQL', async () => {
    const id = await createdBy(rouenReferent, rouen, 'write')
    const patched = await api(`/api/accounts/${id}`, { method: 'PATCH', token: superAdmin, body: { followUpStructure: caen, city: 'Elbeuf' } })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    expect(await column(id)).toBe(rouen)
    await pool.query('UPDATE accounts SET follow_up_structure_id = $1 WHERE id = $2', [caen, id])
    expect(await column(id)).toBe(rouen)
    expect((await api(`/api/accounts/${id}?depth=0`, { token: caenReferent })).status).not.toBe(200)
    const preRegistered = await api('/api/accounts', {
      method: 'POST',
      body: { email: email('pre'), password: DEMO_PASSWORD, firstName: 'Léo', lastName: 'Colonne', postalCode: '76100', birthDate: '2004-05-06', followUpStructure: caen },
    })
    expect(preRegistered.status, JSON.stringify(preRegistered.body)).toBe(201)
    expect(await column(preRegistered.body.doc.id)).toBe(rouen)
  })

  it('Un INSERT SQL de dispositifs (import, migration) la remplit dans la même transaction', async () => {
    const MARK = `colonne-sql-${Date.now()}-`
    const client = await pool.connect()
    await client.query('BEGIN')
    try {
      await client.query(
        `WITH inserted AS (
           INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, created_at, updated_at)
           SELECT '${MARK}' || i || '@exemple.test', 'P', 'N', $1::int, 'enabled', 'staff', now(), now() FROM generate_series(1, 30) AS i
           RETURNING id, structure_id)
         INSERT INTO programmes (account_id, kind, status, structure_id, created_at, updated_at)
         SELECT id, 'follow-up', 'in-progress', structure_id, now(), now() FROM inserted`,
        [caen],
      )
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM accounts WHERE email LIKE '${MARK}%' AND follow_up_structure_id = $1`, [caen])
      expect(rows[0].n).toBe(30)
    } finally {
      await client.query('ROLLBACK')
      client.release()
    }
  })
})

describe('Les autres dispositifs ajoutent leurs jeunes (issue 18, inchangé)', () => {
  const accountsFollowedAtRouen = async (mark: string, count: number) => {
    const { rows } = await pool.query(
      `WITH inserted AS (
         INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, created_at, updated_at)
         SELECT '${mark}' || i || '@exemple.test', 'P', '${mark}', $1::int, 'enabled', 'staff', now(), now() FROM generate_series(1, ${count}) AS i
         RETURNING id, structure_id),
       follow_ups AS (
         INSERT INTO programmes (account_id, kind, status, structure_id, created_at, updated_at)
         SELECT id, 'follow-up', 'in-progress', structure_id, now(), now() FROM inserted RETURNING account_id)
       SELECT account_id AS id FROM follow_ups`,
      [rouen],
    )
    return rows.map((row) => Number(row.id))
  }
  const openBilans = (accounts: number[], status = 'in-progress') =>
    pool.query(
      `INSERT INTO programmes (account_id, kind, status, structure_id, created_at, updated_at)
       SELECT unnest($1::int[]), 'bilan', $3::enum_programmes_status, $2::int, now(), now()`,
      [accounts, lunel, status],
    )
  const remove = async (mark: string) => {
    await pool.query(`DELETE FROM programmes WHERE account_id IN (SELECT id FROM accounts WHERE email LIKE '${mark}%')`)
    await pool.query(`DELETE FROM accounts WHERE email LIKE '${mark}%'`)
  }

  it(`Quelques bilans au DABM (lus par identifiant) comme plus de ${MAX_FOLLOWED_BY_ID} (lus par la jointure) : le DABM suit exactement ces jeunes`, async () => {
    const few = `colonne-peu-${Date.now()}-`
    const many = `colonne-beaucoup-${Date.now()}-`
    try {
      const fewAccounts = await accountsFollowedAtRouen(few, 5)
      await openBilans(fewAccounts.slice(0, 3))
      await openBilans(fewAccounts.slice(3, 4), 'closed')
      expect(await listed(dabmCounsellor, few)).toBe(3)
      expect(await listed(rouenReferent, few)).toBe(5)
      expect(await listed(caenReferent, few)).toBe(0)

      const manyAccounts = await accountsFollowedAtRouen(many, MAX_FOLLOWED_BY_ID + 20)
      await openBilans(manyAccounts.slice(0, MAX_FOLLOWED_BY_ID + 10))
      // Past the limit the rule is the join: the same young people, the few ones included.
      expect(await listed(dabmCounsellor, many)).toBe(MAX_FOLLOWED_BY_ID + 10)
      expect(await listed(dabmCounsellor, few)).toBe(3)
      expect(await listed(rouenReferent, many)).toBe(MAX_FOLLOWED_BY_ID + 20)
      // And by id: one of them, read alone.
      expect((await api(`/api/accounts/${manyAccounts[0]}?depth=0`, { token: dabmCounsellor })).status).toBe(200)
      expect((await api(`/api/accounts/${manyAccounts.at(-1)}?depth=0`, { token: dabmCounsellor })).status).not.toBe(200)
    } finally {
      await remove(few)
      await remove(many)
    }
  }, 120_000)
})
