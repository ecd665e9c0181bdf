import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/**
 * Issue 18: programmes alone decide who follows a young person. Every account is born with the
 * follow-up by its structure of first contact (a programme of kind `follow-up`), whatever creates
 * it; a change of structure closes the old follow-up and opens one at the new structure, in the
 * same transaction; `accounts.structure` stays as the structure of first contact but gives no
 * access: a closed follow-up is the end of that structure's follow-up, over REST and GraphQL,
 * reads, writes, counts and filters alike.
 */
let payload: Payload
let rouenReferent: string
let caenReferent: string
let superAdmin: string
let rouen: number
let caen: number
let seq = 0

const structureId = async (name: string) =>
  (await payload.find({ collection: 'structures', where: { name: { equals: name } }, depth: 0, limit: 1, overrideAccess: true })).docs[0].id as number

const email = (label: string) => `suivi.${label}.${Date.now()}.${++seq}@exemple.fr`

/** The account's follow-up programmes, oldest first: [structure, status, ended]. */
const followUps = async (account: number) =>
  (
    await payload.find({ collection: 'programmes', where: { account: { equals: account }, kind: { equals: 'follow-up' } }, sort: 'id', depth: 0, overrideAccess: true })
  ).docs.map((doc) => [doc.structure, doc.status, Boolean(doc.endDate)])

/** A young person created by a Mission Locale's referent over REST (enabled at once). */
const createdBy = async (token: string, structure: number, label: string) => {
  const created = await api('/api/accounts', {
    method: 'POST',
    token,
    body: { email: email(label), firstName: 'Noé', lastName: `Suivi${seq}`, birthDate: '2004-02-03', postalCode: '76000', structure },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as number
}

/** A pre-registration (pending: the state a transfer starts from), followed by the Mission Locale of Rouen. */
const preRegistered = async (label: string) => {
  const created = await api('/api/accounts', {
    method: 'POST',
    body: { email: email(label), password: DEMO_PASSWORD, firstName: 'Léo', lastName: `Preinscrit${seq}`, postalCode: '76100', birthDate: '2004-05-06' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as number
}

/** What a caller may do with the account: read (REST by id, REST filter and count, GraphQL), update (REST and GraphQL). */
const reach = async (token: string, id: number) => {
  const byId = await api(`/api/accounts/${id}?depth=0`, { token })
  const filtered = await api(`/api/accounts?where[id][equals]=${id}&depth=0`, { token })
  const counted = await api(`/api/accounts/count?where[id][equals]=${id}`, { token })
  const gql = await graphql(`{ Accounts(where: { id: { equals: ${id} } }) { totalDocs docs { id } } }`, {}, token)
  const reads = byId.status === 200
  if (!reads) expect([403, 404]).toContain(byId.status)
  expect(filtered.body.totalDocs).toBe(reads ? 1 : 0)
  expect(counted.body.totalDocs).toBe(reads ? 1 : 0)
  expect(gql.data.Accounts.totalDocs).toBe(reads ? 1 : 0)
  const patched = await api(`/api/accounts/${id}`, { method: 'PATCH', token, body: { city: `Ville ${++seq}` } })
  const gqlPatched = await graphql(`mutation { updateAccount(id: ${id}, data: { city: "Ville ${++seq}" }) { id } }`, {}, token)
  const updates = patched.status === 200
  if (!updates) expect([403, 404]).toContain(patched.status)
  expect(Boolean(gqlPatched.data?.updateAccount?.id), JSON.stringify(gqlPatched.errors)).toBe(updates)
  return { reads, updates }
}

beforeAll(async () => {
  payload = await localPayload()
  rouenReferent = await login(staff('referent-accounts'))
  caenReferent = await login(staff('referent-accounts-caen'))
  superAdmin = await login(staff('super-admin'))
  rouen = await structureId('Mission Locale de Rouen')
  caen = await structureId('Mission Locale de Caen')
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Chaque compte naît avec le suivi de sa structure d’accueil (issue 18)', () => {
  it('Pré-inscription : le suivi est ouvert à la Mission Locale du code postal', async () => {
    const id = await preRegistered('pre')
    expect(await followUps(id)).toEqual([[rouen, 'in-progress', false]])
    expect((await reach(rouenReferent, id)).reads).toBe(true)
    expect((await reach(caenReferent, id)).reads).toBe(false)
  })

  it('Création par un référent (REST et GraphQL) : le suivi est ouvert à la structure choisie, et le référent suit le jeune', async () => {
    const id = await createdBy(caenReferent, caen, 'rest')
    expect(await followUps(id)).toEqual([[caen, 'in-progress', false]])
    expect(await reach(caenReferent, id)).toEqual({ reads: true, updates: true })
    expect(await reach(rouenReferent, id)).toEqual({ reads: false, updates: false })
    const gql = await graphql(
      `mutation ($data: mutationAccountInput!) { createAccount(data: $data) { id } }`,
      { data: { email: email('gql'), password: DEMO_PASSWORD, status: 'pending', firstName: 'Ana', lastName: 'Graphql', birthDate: '2004-02-03', structure: rouen } },
      rouenReferent,
    )
    expect(gql.errors, JSON.stringify(gql.errors)).toBeUndefined()
    expect(await followUps(gql.data.createAccount.id)).toEqual([[rouen, 'in-progress', false]])
  })

  it('« Ajouter un bénéficiaire » (CEJ) : le suivi est ouvert à la Mission Locale du conseiller', async () => {
    const bruno = await login('cej-counsellor@tremplin.test')
    const created = await api('/api/cej/beneficiaries', { method: 'POST', token: bruno, body: { dossierNumber: `S${Date.now()}`, firstName: 'Iris', lastName: 'Cej', email: email('cej') } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(await followUps(created.body.doc.id)).toEqual([[rouen, 'in-progress', false]])
  })
})

describe('Le suivi change de structure avec le compte (issue 18)', () => {
  it('Transfert : le suivi de Rouen est clos, celui de Caen ouvert ; Rouen ne lit ni ne modifie plus le compte, Caen oui', async () => {
    const id = await preRegistered('transfer')
    expect(await reach(rouenReferent, id)).toEqual({ reads: true, updates: true })
    expect(await reach(caenReferent, id)).toEqual({ reads: false, updates: false })
    const moved = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: rouenReferent, body: { event: 'TRANSFER', structure: caen, message: 'Déménagement.' } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(await followUps(id)).toEqual([
      [rouen, 'closed', true],
      [caen, 'in-progress', false],
    ])
    expect(await reach(rouenReferent, id)).toEqual({ reads: false, updates: false })
    expect(await reach(caenReferent, id)).toEqual({ reads: true, updates: true })
    // The file's lifecycle is Caen's now.
    expect([403, 404]).toContain((await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: rouenReferent, body: { event: 'ENABLE' } })).status)
    const enabled = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: caenReferent, body: { event: 'ENABLE' } })
    expect(enabled.status, JSON.stringify(enabled.body)).toBe(200)
  })

  it('Un administrateur change la structure du compte : le suivi la suit', async () => {
    const id = await createdBy(rouenReferent, rouen, 'edit')
    const edited = await api(`/api/accounts/${id}`, { method: 'PATCH', token: superAdmin, body: { structure: caen } })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(await followUps(id)).toEqual([
      [rouen, 'closed', true],
      [caen, 'in-progress', false],
    ])
    expect(await reach(rouenReferent, id)).toEqual({ reads: false, updates: false })
    expect(await reach(caenReferent, id)).toEqual({ reads: true, updates: true })
  })

  it('Le suivi clos, la structure d’accueil ne suit plus le jeune, même si accounts.structure la nomme encore', async () => {
    const id = await createdBy(rouenReferent, rouen, 'closed')
    const [followUp] = (await payload.find({ collection: 'programmes', where: { account: { equals: id } }, depth: 0, overrideAccess: true })).docs
    const closed = await api(`/api/programmes/${followUp.id}`, { method: 'PATCH', token: superAdmin, body: { status: 'closed', endDate: new Date().toISOString() } })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect((await payload.findByID({ collection: 'accounts', id, depth: 0, overrideAccess: true })).structure).toBe(rouen)
    expect(await reach(rouenReferent, id)).toEqual({ reads: false, updates: false })
    expect([403, 404]).toContain((await api(`/api/accounts/${id}/transitions`, { token: rouenReferent })).status)
    // Nor is it counted among Rouen's accounts.
    const all = await api(`/api/accounts?where[structure][equals]=${rouen}&where[id][equals]=${id}&depth=0`, { token: rouenReferent })
    expect(all.body.totalDocs).toBe(0)
  })
})

describe('Le suivi par les dispositifs reste une lecture indexée (issue 18)', () => {
  type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] }
  const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)]

  it('EXPLAIN : les comptes d’une petite structure parmi beaucoup, par son suivi ouvert, se lisent par l’index (suivi, création), sans parcourir accounts', async () => {
    const pool = (payload.db as unknown as { pool: { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> } }).pool
    const { rows: indexes } = await pool.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'programmes' AND indexdef LIKE '%(structure_id, status)%'`)
    expect(indexes).toHaveLength(1)
    expect((await pool.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'programmes' AND indexdef LIKE '%(account_id)'`)).rows).toHaveLength(1)
    const MARK = 'perf-follow-'
    try {
      // 20,000 recent accounts followed by Rouen, 500 older ones by Caen, each through its follow-up programme.
      await pool.query(
        `WITH inserted AS (
           INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, created_at, updated_at)
           SELECT '${MARK}' || i || '@exemple.test', 'P', 'N', CASE WHEN i <= 500 THEN $2::int ELSE $1::int END, 'enabled', 'staff',
                  now() - ((CASE WHEN i <= 500 THEN 100000 + i ELSE i END) || ' minutes')::interval, now()
             FROM generate_series(1, 20500) AS i
           RETURNING id, structure_id)
         INSERT INTO programmes (account_id, kind, status, structure_id, created_at, updated_at)
         SELECT id, 'follow-up', 'in-progress', structure_id, now(), now() FROM inserted`,
        [rouen, caen],
      )
      await pool.query('ANALYZE accounts')
      await pool.query('ANALYZE programmes')
      // The programmes' statement-level trigger filled the accounts' follow-up column (issue 16).
      const { rows: filled } = await pool.query(`SELECT count(*)::int AS n FROM accounts WHERE email LIKE '${MARK}%' AND follow_up_structure_id = $1`, [caen])
      expect(filled[0].n).toBe(500)
      // The shape of the staff list under followedThroughProgrammes: one column of accounts, ordered by creation.
      const { rows } = await pool.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT a.id, a.created_at FROM accounts a
          WHERE a.follow_up_structure_id = $1 ORDER BY a.created_at DESC LIMIT 20`,
        [caen],
      )
      const plan = nodes(rows[0]['QUERY PLAN'][0].Plan)
      const scans = plan.map((node) => [node['Node Type'], node['Relation Name'] ?? null, node['Index Name'] ?? null])
      console.log(`Comptes suivis par une petite structure (500 sur 20 500) : ${rows[0]['QUERY PLAN'][0]['Execution Time']} ms, plan ${JSON.stringify(scans)}`)
      expect(scans.filter(([type, relation]) => type === 'Seq Scan' && (relation === 'programmes' || relation === 'accounts')), JSON.stringify(scans)).toEqual([])
      const { rows: followUpIndex } = await pool.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'accounts' AND indexdef LIKE '%(follow_up_structure_id, created_at)%'`)
      expect(followUpIndex).toHaveLength(1)
      expect(scans.some(([, , index]) => index === followUpIndex[0].indexname), JSON.stringify(scans)).toBe(true)
    } finally {
      await pool.query(`DELETE FROM programmes WHERE account_id IN (SELECT id FROM accounts WHERE email LIKE '${MARK}%')`)
      await pool.query(`DELETE FROM accounts WHERE email LIKE '${MARK}%'`)
      await pool.query('ANALYZE accounts')
      await pool.query('ANALYZE programmes')
    }
  }, 240_000)
})
