import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import { api, DEMO_PASSWORD, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload, userByEmail } from '../helpers/payload'

const ROUEN_REFERENT = staff('referent-instant-t')
const CAEN_REFERENT = 'referent-instant-t-caen@tremplin.test'

let payload: Payload
let questionnaire: any
const submitted: Record<'rouen' | 'caen', { id: number; code: string }> = {} as never

const submit = async (postalCode: string, variant = 0) => {
  const { status, body } = await api('/api/instant-t', { method: 'POST', body: { postalCode, answers: exampleAnswers({ questionnaire, variant }) } })
  expect(status).toBe(201)
  const { docs } = await payload.find({ collection: 'instant-t', where: { code: { equals: body.code } }, depth: 0, overrideAccess: true })
  return { id: Number(docs[0].id), code: body.code as string }
}
const stored = async (id: number) => (await payload.findByID({ collection: 'instant-t', id, depth: 0, overrideAccess: true })) as Record<string, any>
const accountId = async (email: string) =>
  Number((await payload.find({ collection: 'accounts', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0].id)

beforeAll(async () => {
  payload = await localPayload()
  questionnaire = (await api('/api/instant-t/questionnaire')).body
  submitted.rouen = await submit('76500')
  submitted.caen = await submit('14200', 2)
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Instant-T : chaque Mission Locale ne voit que ses résultats', () => {
  it('Le référent Instant-T de Rouen liste les résultats de Rouen, jamais ceux de Caen (REST)', async () => {
    const token = await login(ROUEN_REFERENT)
    const { status, body } = await api('/api/instant-t?limit=100&depth=0', { token })
    expect(status).toBe(200)
    const ids = body.docs.map((d: any) => d.id)
    expect(ids).toContain(submitted.rouen.id)
    expect(ids).not.toContain(submitted.caen.id)
    const rouen = Number((await payload.find({ collection: 'structures', where: { name: { equals: 'Mission Locale de Rouen' } }, overrideAccess: true })).docs[0].id)
    expect(body.docs.every((d: any) => d.structure === rouen)).toBe(true)
    expect((await api(`/api/instant-t/${submitted.caen.id}`, { token })).status).toBe(404)
    const byCode = await api(`/api/instant-t?where[code][equals]=${submitted.caen.code}`, { token })
    expect(byCode.body.totalDocs).toBe(0)
  })

  it('Il retrouve un résultat de sa Mission Locale par son code', async () => {
    const token = await login(ROUEN_REFERENT)
    const { body } = await api(`/api/instant-t?where[or][0][code][like]=${submitted.rouen.code}&where[or][1][accountName][like]=${submitted.rouen.code}`, { token })
    expect(body.docs.map((d: any) => d.id)).toEqual([submitted.rouen.id])
  })

  it('… ni par GraphQL', async () => {
    const token = await login(ROUEN_REFERENT)
    const list = await graphql('{ InstantTResults(limit: 100) { docs { id code } } }', {}, token)
    const ids = list.data.InstantTResults.docs.map((d: any) => Number(d.id))
    expect(ids).toContain(submitted.rouen.id)
    expect(ids).not.toContain(submitted.caen.id)
    const one = await graphql(`{ InstantTResult(id: ${submitted.caen.id}) { id code } }`, {}, token)
    expect(one.data?.InstantTResult ?? null).toBeNull()
  })

  it('… ni dans l’export CSV (UTF-8 avec BOM, séparateur « ; », en-têtes en français)', async () => {
    const token = await login(ROUEN_REFERENT)
    const response = await fetch(`${process.env.SERVER_URL}/api/instant-t/export.csv`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toBe('ID;Compte;Code;Code postal;Mission Locale;Date de création;Date de modification;Scores')
    expect(text).toContain(`${submitted.rouen.id};Anonyme;${submitted.rouen.code};76500;Mission Locale de Rouen;`)
    expect(text).toContain('Emploi 11/15 (73 %)')
    expect(text).not.toContain(submitted.caen.code)
    const { body } = await api('/api/instant-t?limit=1', { token })
    expect(lines.length - 1).toBe(body.totalDocs)
    const filtered = await (await fetch(`${process.env.SERVER_URL}/api/instant-t/export.csv?search=${submitted.rouen.code}`, { headers: { authorization: `JWT ${token}` } })).text()
    expect(filtered.trim().split('\r\n')).toHaveLength(2)
  })

  it('… ni en PDF', async () => {
    const token = await login(ROUEN_REFERENT)
    const own = await fetch(`${process.env.SERVER_URL}/api/instant-t/${submitted.rouen.id}/pdf`, { headers: { authorization: `JWT ${token}` } })
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('application/pdf')
    expect(own.headers.get('content-disposition')).toContain(`instant-t-${submitted.rouen.code}.pdf`)
    expect(Buffer.from(await own.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await api(`/api/instant-t/${submitted.caen.id}/pdf`, { token })).status).toBe(404)
  })

  it('Le référent Instant-T de Caen voit ceux de Caen, pas ceux de Rouen', async () => {
    const token = await login(CAEN_REFERENT)
    const { body } = await api('/api/instant-t?limit=100&depth=0', { token })
    const ids = body.docs.map((d: any) => d.id)
    expect(ids).toContain(submitted.caen.id)
    expect(ids).not.toContain(submitted.rouen.id)
    expect((await api(`/api/instant-t/${submitted.rouen.id}/pdf`, { token })).status).toBe(404)
    const csv = await (await fetch(`${process.env.SERVER_URL}/api/instant-t/export.csv`, { headers: { authorization: `JWT ${token}` } })).text()
    expect(csv).toContain(submitted.caen.code)
    expect(csv).not.toContain(submitted.rouen.code)
  })

  it('Un référent comptes ne lit pas les Instant-T (liste, fiche, CSV, PDF)', async () => {
    const token = await login(staff('referent-accounts'))
    expect((await api('/api/instant-t', { token })).status).toBe(403)
    expect((await api(`/api/instant-t/${submitted.rouen.id}`, { token })).status).toBe(403)
    expect((await api('/api/instant-t/export.csv', { token })).status).toBe(403)
    expect((await api(`/api/instant-t/${submitted.rouen.id}/pdf`, { token })).status).toBe(403)
    expect((await api('/api/instant-t/linkable-accounts', { token })).status).toBe(403)
  })

  it('La navigation ne montre à chacun que les rubriques de ses rôles', async () => {
    const hidden = (slug: string, user: unknown) => (payload.collections[slug as CollectionSlug].config.admin.hidden as (a: { user: unknown }) => boolean)({ user })
    const referentInstantT = await userByEmail(payload, ROUEN_REFERENT)
    const referentAccounts = await userByEmail(payload, staff('referent-accounts'))
    const referentForms = await userByEmail(payload, staff('referent-forms'))
    const admin = await userByEmail(payload, staff('admin'))
    expect(hidden('instant-t', referentInstantT)).toBe(false)
    expect(hidden('instant-t', referentAccounts)).toBe(true)
    expect(hidden('instant-t-questions', referentInstantT)).toBe(true)
    expect(hidden('instant-t-questions', admin)).toBe(false)
    expect(hidden('form-submissions', referentForms)).toBe(false)
    expect(hidden('form-submissions', referentInstantT)).toBe(true)
  })

  it('Seul l’administration modifie le questionnaire ; le référent Instant-T le lit', async () => {
    const referent = await login(ROUEN_REFERENT)
    expect((await api('/api/instant-t-questions?limit=1', { token: referent })).status).toBe(200)
    const refused = await api('/api/instant-t-categories', { method: 'POST', token: referent, body: { name: 'Logement', order: 60 } })
    expect(refused.status).toBe(403)
    const admin = await login(staff('admin'))
    const created = await api('/api/instant-t-categories', { method: 'POST', token: admin, body: { name: 'Logement', order: 60, active: false } })
    expect(created.status).toBe(201)
  })
})

describe('Instant-T : relier un résultat à un compte (manuel, § 6)', () => {
  it('Le référent relie un Instant-T au compte d’un jeune de sa Mission Locale, puis le délie', async () => {
    const token = await login(ROUEN_REFERENT)
    const { id } = await submit('76100', 1)
    const sarah = await accountId('sarah.michel@exemple.fr')
    const candidates = await api('/api/instant-t/linkable-accounts?search=Michel', { token })
    expect(candidates.body.docs).toEqual([{ id: sarah, name: 'Sarah Michel', postalCode: '76100' }])
    const linked = await api(`/api/instant-t/${id}/link`, { method: 'POST', token, body: { account: sarah } })
    expect(linked.status).toBe(200)
    expect(await stored(id)).toMatchObject({ account: sarah, accountName: 'Sarah Michel' })
    const byName = await api('/api/instant-t?where[accountName][like]=Michel', { token })
    expect(byName.body.docs.map((d: any) => d.id)).toContain(id)
    const unlinked = await api(`/api/instant-t/${id}/link`, { method: 'DELETE', token })
    expect(unlinked.status).toBe(200)
    expect(await stored(id)).toMatchObject({ account: null, accountName: null })
  })

  it('Il peut aussi relier depuis le formulaire (champ Compte) ; les autres champs restent intacts', async () => {
    const token = await login(ROUEN_REFERENT)
    const { id, code } = await submit('76000', 2)
    const kevin = await accountId('kevin.lefevre@exemple.fr')
    const { status } = await api(`/api/instant-t/${id}`, { method: 'PATCH', token, body: { account: kevin, code: 'XXXXXX', postalCode: '14000', scores: [] } })
    expect(status).toBe(200)
    const after = await stored(id)
    expect(after).toMatchObject({ account: kevin, accountName: 'Kévin Lefèvre', code, postalCode: '76000' })
    expect(after.scores).toHaveLength(5)
  })

  it('Il ne peut pas relier un Instant-T au compte d’un jeune d’une autre Mission Locale', async () => {
    const token = await login(ROUEN_REFERENT)
    const { id } = await submit('76500', 3)
    const yanis = await accountId('yanis.garcia@exemple.fr')
    const candidates = await api('/api/instant-t/linkable-accounts?search=Garcia', { token })
    expect(candidates.body.docs).toEqual([])
    const refused = await api(`/api/instant-t/${id}/link`, { method: 'POST', token, body: { account: yanis } })
    expect(refused.status).toBe(403)
    expect((await stored(id)).account ?? null).toBeNull()
    expect((await api(`/api/instant-t/${submitted.caen.id}/link`, { method: 'POST', token, body: { account: await accountId('sarah.michel@exemple.fr') } })).status).toBe(404)
  })

  it('Un jeune qui se pré-inscrit avec son code retrouve son Instant-T relié à son compte', async () => {
    const { id, code } = await submit('76100', 0)
    const email = `instant-t-${Date.now()}@exemple.fr`
    const created = await api('/api/accounts', {
      method: 'POST',
      body: { email, password: 'Motdepasse-2026!', firstName: 'Inès', lastName: 'Durand', postalCode: '76100', birthDate: '2004-05-05', instantTCode: code.toLowerCase() },
    })
    expect(created.status).toBe(201)
    const account = await accountId(email)
    expect(await stored(id)).toMatchObject({ account, accountName: 'Inès Durand' })
    expect(JSON.stringify(created.body)).not.toContain('instantTCode')
  })

  it('Le code n’est pas réclamé si le code postal diffère ou si le résultat est déjà relié', async () => {
    const { id, code } = await submit('76100', 1)
    const other = `instant-t-autre-${Date.now()}@exemple.fr`
    await api('/api/accounts', {
      method: 'POST',
      body: { email: other, password: 'Motdepasse-2026!', firstName: 'Léo', lastName: 'Petit', postalCode: '76000', birthDate: '2004-05-05', instantTCode: code },
    })
    expect((await stored(id)).account ?? null).toBeNull()
    const first = `instant-t-1-${Date.now()}@exemple.fr`
    await api('/api/accounts', { method: 'POST', body: { email: first, password: 'Motdepasse-2026!', firstName: 'Ana', lastName: 'Roy', postalCode: '76100', birthDate: '2004-05-05', instantTCode: code } })
    const second = `instant-t-2-${Date.now()}@exemple.fr`
    await api('/api/accounts', { method: 'POST', body: { email: second, password: 'Motdepasse-2026!', firstName: 'Bob', lastName: 'Roy', postalCode: '76100', birthDate: '2004-05-05', instantTCode: code } })
    expect((await stored(id)).account).toBe(await accountId(first))
  })

  it('Le nom affiché suit le compte : un jeune renommé est retrouvé sous son nouveau nom', async () => {
    const referent = await login(ROUEN_REFERENT)
    const kevin = await accountId('kevin.lefevre@exemple.fr')
    const { id } = await submit('76000', 3)
    await api(`/api/instant-t/${id}/link`, { method: 'POST', token: referent, body: { account: kevin } })
    const accounts = await login(staff('referent-accounts'))
    expect((await api(`/api/accounts/${kevin}`, { method: 'PATCH', token: accounts, body: { lastName: 'Lefèvre-Martin' } })).status).toBe(200)
    try {
      expect((await stored(id)).accountName).toBe('Kévin Lefèvre-Martin')
      const found = await api('/api/instant-t?where[accountName][like]=Martin', { token: referent })
      expect(found.body.docs.map((d: any) => d.id)).toContain(id)
    } finally {
      await api(`/api/accounts/${kevin}`, { method: 'PATCH', token: accounts, body: { lastName: 'Lefèvre' } })
    }
  })

  it('Un compte activé ne lit que ses propres Instant-T', async () => {
    const referent = await login(ROUEN_REFERENT)
    const sarah = await accountId('sarah.michel@exemple.fr')
    const { id } = await submit('76100', 2)
    await api(`/api/instant-t/${id}/link`, { method: 'POST', token: referent, body: { account: sarah } })
    const token = await login('sarah.michel@exemple.fr', { collection: 'accounts', password: DEMO_PASSWORD })
    const { status, body } = await api('/api/instant-t?limit=100', { token })
    expect(status).toBe(200)
    expect(body.totalDocs).toBeGreaterThanOrEqual(1)
    expect(body.docs.every((d: any) => (typeof d.account === 'object' ? d.account.id : d.account) === sarah)).toBe(true)
    expect((await api(`/api/instant-t/${submitted.rouen.id}`, { token })).status).toBe(404)
    expect((await api(`/api/instant-t/${id}`, { method: 'PATCH', token, body: { account: null } })).status).toBe(403)
    expect((await api('/api/instant-t/export.csv', { token })).status).toBe(403)
  })
})
