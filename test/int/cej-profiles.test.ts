import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'
import { PEOPLE, asCandidate } from './placement-helpers'

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> }

/**
 * Issue #16, lean accounts: the CEJ beneficiary's file (dossier number, situation, end date, last
 * activity) lives in `cej-profiles`, one-to-one with the account, read and written with its own
 * access; the core's `accounts` keeps no column of it.
 */
const BRUNO = 'cej-counsellor@tremplin.test'
const CHARLES = 'cej-colleague@tremplin.test'
const SARAH = 'sarah.michel@exemple.fr'
const MARIE = 'marie.martin@exemple.fr'

let payload: Payload
let pool: Pool
let caen: string
const stamp = Date.now()

const accountId = async (email: string) => (await payload.find({ collection: 'accounts', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id as number
const fileOf = async (account: number) => (await payload.find({ collection: 'cej-profiles', where: { account: { equals: account } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
const restFiles = async (token: string, account: number) => api(`/api/cej-profiles?where[account][equals]=${account}&depth=0`, { token })
const youngLogin = async (email: string) => {
  const { status, body } = await api('/api/accounts/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })
  expect(status).toBe(200)
  return body.token as string
}

beforeAll(async () => {
  payload = await localPayload()
  pool = (payload.db as unknown as { pool: Pool }).pool
  const caenId = (await payload.find({ collection: 'structures', where: { name: { equals: 'Mission Locale de Caen' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id
  const caenEmail = `cej-profils-caen-${stamp}@tremplin.test`
  await payload.create({ collection: 'users', data: { email: caenEmail, password: DEMO_PASSWORD, firstName: 'Julie', lastName: 'Caen', roles: ['counsellor'], structures: [caenId] } as never, overrideAccess: true })
  caen = await login(caenEmail)
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Comptes allégés : le dossier CEJ est une collection du module (issue #16)', () => {
  it('La table des comptes ne porte aucune colonne du dossier CEJ ; la table des dossiers CEJ les porte', async () => {
    const columnsOf = async (table: string) => (await pool.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1', [table])).rows.map((row) => row.column_name as string)
    const accounts = await columnsOf('accounts')
    expect(accounts).toContain('family_contact_name')
    for (const column of accounts) expect(column).not.toMatch(/dossier_number|situation|cej_end_date|last_login_at/)
    expect(await columnsOf('cej_profiles')).toEqual(expect.arrayContaining(['account_id', 'dossier_number', 'situation', 'cej_end_date', 'last_login_at']))
  })

  it('Le conseiller qui suit le bénéficiaire lit et modifie son dossier ; un collègue le lit seulement ; personne n’en crée ni ne change de compte', async () => {
    const marie = await accountId(MARIE)
    const bruno = await login(BRUNO)
    const charles = await login(CHARLES)
    const own = await restFiles(bruno, marie)
    expect(own.status).toBe(200)
    expect(own.body.docs).toHaveLength(1)
    expect(own.body.docs[0]).toMatchObject({ account: marie, dossierNumber: '4510022', situation: 'immersion' })
    const id = own.body.docs[0].id as number
    const updated = await api(`/api/cej-profiles/${id}`, { method: 'PATCH', token: bruno, body: { cejEndDate: '2027-06-30T00:00:00.000Z', account: await accountId(SARAH) } })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect(await fileOf(marie)).toMatchObject({ id, account: marie, cejEndDate: '2027-06-30T00:00:00.000Z' })
    const viaGraphql = await graphql(`{ CejProfiles(where: { account: { equals: ${marie} } }) { docs { id dossierNumber } } }`, {}, bruno)
    expect(viaGraphql.data?.CejProfiles?.docs, JSON.stringify(viaGraphql.errors)).toEqual([{ id, dossierNumber: '4510022' }])
    // A colleague of the same Mission Locale reads it, and may not write (REST and GraphQL).
    expect((await restFiles(charles, marie)).body.docs).toHaveLength(1)
    expect((await graphql(`{ CejProfile(id: ${id}) { id } }`, {}, charles)).data?.CejProfile).toEqual({ id })
    expect((await api(`/api/cej-profiles/${id}`, { method: 'PATCH', token: charles, body: { cejEndDate: '2030-01-01T00:00:00.000Z' } })).status).toBe(403)
    const gql = await graphql(`mutation { updateCejProfile(id: ${id}, data: { situation: none }) { id } }`, {}, charles)
    expect(gql.errors?.length).toBeGreaterThan(0)
    expect(await fileOf(marie)).toMatchObject({ situation: 'immersion', cejEndDate: '2027-06-30T00:00:00.000Z' })
    // Files are created by the module only (« Ajouter un bénéficiaire »).
    expect((await api('/api/cej-profiles', { method: 'POST', token: bruno, body: { account: marie, dossierNumber: `N${stamp}` } })).status).toBe(403)
  })

  it('Un conseiller d’une autre Mission Locale ou de DABM ne lit ni ne modifie le dossier, ni en REST ni en GraphQL', async () => {
    const marie = await accountId(MARIE)
    const file = await fileOf(marie)
    for (const token of [caen, await login(staff('lead-counsellor'))]) {
      const list = await restFiles(token, marie)
      expect([200, 403]).toContain(list.status)
      expect(list.body.docs ?? []).toHaveLength(0)
      expect([403, 404]).toContain((await api(`/api/cej-profiles/${file.id}`, { token })).status)
      expect((await api(`/api/cej-profiles/${file.id}`, { method: 'PATCH', token, body: { dossierNumber: `C${stamp}` } })).status).toBeGreaterThanOrEqual(403)
      const many = await graphql(`{ CejProfiles(where: { account: { equals: ${marie} } }) { docs { id dossierNumber } } }`, {}, token)
      expect(many.data?.CejProfiles?.docs ?? []).toHaveLength(0)
      const one = await graphql(`{ CejProfile(id: ${file.id}) { id dossierNumber } }`, {}, token)
      expect(one.data?.CejProfile ?? null).toBeNull()
      const write = await graphql(`mutation { updateCejProfile(id: ${file.id}, data: { dossierNumber: "G${stamp}" }) { id } }`, {}, token)
      expect(write.errors?.length).toBeGreaterThan(0)
    }
    expect((await fileOf(marie)).dossierNumber).toBe('4510022')
  })

  it('Le jeune lit son propre dossier, pas celui d’un autre, sans pouvoir l’écrire ; « Mes données » le contient', async () => {
    const [sarah, marie] = [await accountId(SARAH), await accountId(MARIE)]
    const token = await youngLogin(SARAH)
    const { status, body } = await api('/api/cej-profiles?depth=0&limit=10', { token })
    expect(status).toBe(200)
    expect(body.docs.map((doc: { account: number }) => doc.account)).toEqual([sarah])
    expect(body.docs[0].dossierNumber).toBe('4510021')
    expect((await restFiles(token, marie)).body.docs).toHaveLength(0)
    expect((await api(`/api/cej-profiles/${body.docs[0].id}`, { method: 'PATCH', token, body: { situation: 'none' } })).status).toBe(403)
    const data = await api('/api/accounts/my-data', { token })
    expect(data.status).toBe(200)
    const section = (data.body.sections as { collection: string; label: string; docs: Record<string, unknown>[] }[]).find((s) => s.collection === 'cej-profiles')
    expect(section?.label).toBe('Dossiers CEJ')
    expect(section?.docs).toHaveLength(1)
    expect(section?.docs[0]).toMatchObject({ dossierNumber: '4510021', situation: 'schooling' })
  })

  it('La connexion du jeune date sa dernière activité sur son dossier CEJ ; un candidat Atouts n’en reçoit pas', async () => {
    const sarah = await accountId(SARAH)
    const before = Date.now()
    await youngLogin(SARAH)
    const stamped = Date.parse(String((await fileOf(sarah)).lastLoginAt))
    expect(stamped).toBeGreaterThanOrEqual(before - 2_000)
    expect(stamped).toBeLessThanOrEqual(Date.now() + 2_000)
    // The young person cannot set it themselves.
    const token = await youngLogin(SARAH)
    await api(`/api/cej-profiles/${(await fileOf(sarah)).id}`, { method: 'PATCH', token, body: { lastLoginAt: '2020-01-01T00:00:00.000Z' } })
    expect(Date.parse(String((await fileOf(sarah)).lastLoginAt))).toBeGreaterThanOrEqual(before - 2_000)
    const emma = await accountId(PEOPLE.emma)
    await asCandidate(PEOPLE.emma)
    expect(await fileOf(emma)).toBeUndefined()
  })

  it('Un compte supprimé pour de bon emporte son dossier CEJ', async () => {
    const rouen = (await payload.find({ collection: 'structures', where: { name: { equals: 'Mission Locale de Rouen' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id
    const account = await payload.create({
      collection: 'accounts',
      data: { email: `purge.${stamp}@exemple.fr`, password: DEMO_PASSWORD, firstName: 'Purge', lastName: 'Test', birthDate: '2004-01-01', structure: rouen } as never,
      overrideAccess: true,
    })
    await payload.create({ collection: 'cej-profiles', data: { account: account.id, dossierNumber: `P${stamp}` }, overrideAccess: true })
    await payload.delete({ collection: 'accounts', id: account.id, overrideAccess: true })
    expect(await fileOf(account.id as number)).toBeUndefined()
  })
})
