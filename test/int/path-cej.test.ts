import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/**
 * Issue 18, the path's CEJ events: the collective sessions a young person attended (« Présent »
 * at closing) and the CEJ actions they completed, in time order among the other programmes'
 * events, under the path's own rules (the young person always; a structure that follows them
 * only with their consent).
 */
let payload: Payload
let rouenReferent: string
let dabmCounsellor: string
let superAdmin: string
let rouen: number
const person = { id: 0, email: `parcours.cej.${Date.now()}@exemple.fr`, token: '' }

const EXPECTED = [
  "Début du dispositif : Contrat d'engagement jeune (CEJ)",
  'Session collective suivie : Atelier CV du parcours',
  'Début du dispositif : Bilan de compétences (DABM)',
  'Action CEJ terminée : Préparer mon entretien',
]

const structureId = async (name: string) =>
  (await payload.find({ collection: 'structures', where: { name: { equals: name } }, depth: 0, limit: 1, overrideAccess: true })).docs[0].id as number

/** A session of the Mission Locale de Rouen, already held, with the person's attendance as closing recorded it. */
const heldSession = async (title: string, startsAt: string, status: 'present' | 'absent' | 'registered') =>
  payload.create({
    collection: 'sessions',
    data: { title, kind: 'workshop', status: status === 'registered' ? 'upcoming' : 'closed', startsAt, endsAt: new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString(), structure: rouen, registrations: [{ account: person.id, status }] },
    overrideAccess: true,
  })

/** The path's labels, leaving out the follow-up by the structure of first contact (opened at the account's creation, today). */
const pathLabels = (body: { events: { label: string; module: string }[] }) =>
  body.events.filter((event) => event.module === 'cej' || EXPECTED.includes(event.label)).map((event) => event.label)

beforeAll(async () => {
  payload = await localPayload()
  rouenReferent = await login(staff('referent-accounts'))
  dabmCounsellor = await login(staff('counsellor'))
  superAdmin = await login(staff('super-admin'))
  rouen = await structureId('Mission Locale de Rouen')
  const created = await api('/api/accounts', {
    method: 'POST',
    token: rouenReferent,
    body: { email: person.email, password: DEMO_PASSWORD, firstName: 'Yanis', lastName: 'Séances', birthDate: '2004-09-21', postalCode: '76000', structure: rouen },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  person.id = created.body.doc.id
  person.token = (await api('/api/accounts/login', { method: 'POST', body: { email: person.email, password: DEMO_PASSWORD } })).body.token
  const cej = await api('/api/programmes', { method: 'POST', token: rouenReferent, body: { account: person.id, kind: 'cej', status: 'in-progress', startDate: '2026-01-05' } })
  expect(cej.status, JSON.stringify(cej.body)).toBe(201)
  const bilan = await api('/api/programmes', { method: 'POST', token: superAdmin, body: { account: person.id, kind: 'bilan', status: 'in-progress', structure: await structureId('Lunel'), startDate: '2026-02-02' } })
  expect(bilan.status, JSON.stringify(bilan.body)).toBe(201)
  await heldSession('Atelier CV du parcours', '2026-01-20T09:00:00.000Z', 'present')
  await heldSession('Atelier manqué', '2026-01-27T09:00:00.000Z', 'absent')
  await heldSession('Atelier à venir', '2026-12-28T09:00:00.000Z', 'registered')
  const action = await api('/api/actions?depth=0', { method: 'POST', token: person.token, body: { category: 'training', title: 'Préparer mon entretien', dueDate: '2026-12-24' } })
  expect(action.status, JSON.stringify(action.body)).toBe(201)
  const done = await api(`/api/actions/${action.body.doc.id}?depth=0`, { method: 'PATCH', token: person.token, body: { status: 'done' } })
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  const undone = await api('/api/actions?depth=0', { method: 'POST', token: person.token, body: { category: 'training', title: 'Action pas encore faite', dueDate: '2026-12-24' } })
  expect(undone.status, JSON.stringify(undone.body)).toBe(201)
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Le parcours : sessions collectives suivies et actions CEJ terminées (issue 18)', () => {
  it('Le jeune lit dans son parcours la session suivie et l’action terminée, à leur place ; ni absence, ni inscription, ni action en cours', async () => {
    const own = await api(`/api/accounts/${person.id}/path`, { token: person.token })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect(pathLabels(own.body)).toEqual(EXPECTED)
    const session = own.body.events.find((event: { label: string }) => event.label === EXPECTED[1])
    expect(session).toMatchObject({ at: '2026-01-20T09:00:00.000Z', module: 'cej', structure: rouen })
    const times = (own.body.events as { at: string }[]).map((event) => event.at)
    expect(times).toEqual([...times].sort())
  })

  it('Sans consentement, aucune structure ne lit ces séances ; avec, chaque structure qui suit le jeune les lit, à la même place', async () => {
    for (const token of [rouenReferent, dabmCounsellor]) {
      const refused = await api(`/api/accounts/${person.id}/path`, { token })
      expect(refused.status).toBe(403)
      expect(JSON.stringify(refused.body)).not.toContain('Atelier')
    }
    expect((await api(`/api/accounts/${person.id}/path`, { token: await login(staff('referent-accounts-caen')) })).status).toBe(404)
    expect((await api('/api/accounts/sharing-consent', { method: 'POST', token: person.token, body: { given: true } })).status).toBe(200)
    try {
      for (const token of [rouenReferent, dabmCounsellor]) {
        const path = await api(`/api/accounts/${person.id}/path`, { token })
        expect(path.status, JSON.stringify(path.body)).toBe(200)
        expect(pathLabels(path.body)).toEqual(EXPECTED)
      }
    } finally {
      expect((await api('/api/accounts/sharing-consent', { method: 'POST', token: person.token, body: { given: false } })).status).toBe(200)
    }
    expect((await api(`/api/accounts/${person.id}/path`, { token: dabmCounsellor })).status).toBe(403)
  })
})
