import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'

/** Seed 001, « Les actions » and « La création de SNP »: actions of a young person and their qualification. */
const accountLogin = async (email: string) => {
  const { status, body } = await api('/api/accounts/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} : ${status}`)
  return body.token as string
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString()

describe('CEJ : actions et qualification en SNP', () => {
  let mailbox: MailCatcher
  let rouen: string
  let caen: string
  let rouenId: number
  const people: { id: number; email: string; token: string }[] = []

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    rouen = await login(staff('referent-accounts'))
    caen = await login('referent-accounts-caen@tremplin.test')
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=50&depth=0', { token: await login(staff('super-admin')) })).body.docs
    rouenId = structures.find((s: { name: string }) => s.name.includes('Rouen')).id
    for (let i = 0; i < 2; i++) {
      const email = `action.${Date.now()}.${i}@exemple.fr`
      const { status, body } = await api('/api/accounts', {
        method: 'POST',
        token: rouen,
        body: { email, password: DEMO_PASSWORD, firstName: 'Tham', lastName: `Action${i}`, postalCode: '76000', birthDate: '2004-04-04', structure: rouenId },
      })
      if (status !== 201) throw new Error(`Compte non créé : ${status} ${JSON.stringify(body)}`)
      people.push({ id: body.doc.id, email, token: await accountLogin(email) })
    }
  })

  afterAll(async () => {
    await mailbox?.stop()
  })

  const createAction = (token: string, data: Record<string, unknown>) =>
    api('/api/actions?depth=0', { method: 'POST', token, body: { category: 'training', title: 'Préparer un entretien', dueDate: day(3), ...data } })

  it('le conseiller crée une action pour un jeune de sa Mission Locale ; le jeune est prévenu et la voit', async () => {
    const created = await createAction(rouen, { account: people[0].id })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'todo', structure: rouenId, late: false })
    await waitForMail(mailbox, { to: people[0].email, contains: 'Préparer un entretien' })
    const own = await api('/api/actions?depth=0', { token: people[0].token })
    expect(own.body.docs.map((a: { id: number }) => a.id)).toContain(created.body.doc.id)
    expect((await createAction(caen, { account: people[0].id })).status).toBe(403)
  })

  it('le jeune crée ses propres actions, jamais pour un autre, et ne voit pas celles des autres', async () => {
    const mine = await createAction(people[1].token, { account: people[0].id, title: 'Chercher une salle de sport', category: 'leisure' })
    expect(mine.status).toBe(201)
    // The account is always the author's own.
    expect(mine.body.doc.account).toBe(people[1].id)
    expect(mine.body.doc.createdByAccount).toBe(people[1].id)
    const others = await api('/api/actions?depth=0&limit=100', { token: people[0].token })
    expect(others.body.docs.every((a: { account: number }) => a.account === people[0].id)).toBe(true)
    expect((await api(`/api/actions/${mine.body.doc.id}`, { token: people[0].token })).status).toBe(404)
    expect((await api(`/api/actions/${mine.body.doc.id}`, { token: caen })).status).toBe(404)
    expect((await api(`/api/actions/${mine.body.doc.id}`, { method: 'PATCH', token: people[0].token, body: { status: 'done' } })).status).toBe(403)
  })

  it('une action passée non terminée est « en retard »', async () => {
    const { body } = await createAction(rouen, { account: people[0].id, title: 'Appeler la CAF', category: 'daily-life', dueDate: day(-2) })
    expect(body.doc.late).toBe(true)
    const done = await api(`/api/actions/${body.doc.id}`, { method: 'PATCH', token: people[0].token, body: { status: 'done' } })
    expect(done.status).toBe(200)
    expect(done.body.doc.late).toBe(false)
  })

  it('le conseiller qualifie en SNP des actions terminées d’un même jeune et d’une même catégorie ; elles ne changent plus', async () => {
    const first = (await createAction(rouen, { account: people[0].id, title: 'Visite du centre de formation' })).body.doc
    const second = (await createAction(people[0].token, { title: 'Dossier d’inscription en formation' })).body.doc
    const otherCategory = (await createAction(rouen, { account: people[0].id, title: 'Recherche de logement', category: 'housing' })).body.doc
    const qualify = (token: string, body: Record<string, unknown>) => api('/api/actions/qualify', { method: 'POST', token, body })
    const period = { snpType: 'training', startsAt: '2026-11-16T09:00:00.000Z', endsAt: '2026-11-16T12:30:00.000Z' }

    const notDone = await qualify(rouen, { actions: [first.id, second.id], ...period })
    expect(notDone.status).toBe(409)
    expect(notDone.body.errors[0].message).toBe('Seules les actions « Terminée » peuvent être qualifiées.')
    for (const action of [first, second, otherCategory]) {
      expect((await api(`/api/actions/${action.id}`, { method: 'PATCH', token: people[0].token, body: { status: 'done' } })).status).toBe(200)
    }
    const mixed = await qualify(rouen, { actions: [first.id, otherCategory.id], ...period })
    expect(mixed.status).toBe(400)
    expect(mixed.body.errors[0].data.errors[0]).toMatchObject({ path: 'actions', message: 'Les actions qualifiées ensemble doivent concerner le même bénéficiaire et la même catégorie.' })
    expect((await qualify(people[0].token, { actions: [first.id], ...period })).status).toBe(403)
    expect((await qualify(caen, { actions: [first.id], ...period })).status).toBe(403)
    const backwards = await qualify(rouen, { actions: [first.id], ...period, endsAt: period.startsAt })
    expect(backwards.body.errors[0].data.errors[0].path).toBe('endsAt')
    expect((await qualify(rouen, { actions: [first.id], ...period, snpType: 'chômage' })).body.errors[0].data.errors[0].path).toBe('snpType')

    const qualified = await qualify(rouen, { actions: [first.id, second.id], ...period })
    expect(qualified.status).toBe(200)
    expect(qualified.body.message).toBe('2 action(s) qualifiée(s) en SNP, 3.5 h comptabilisée(s).')
    const stored = (await api(`/api/actions/${first.id}?depth=0`, { token: rouen })).body
    expect(stored.qualification).toMatchObject({ snpType: 'training', hours: 3.5 })
    expect((await api(`/api/actions/${first.id}?depth=0`, { token: people[0].token })).body.qualification).toBeUndefined()
    expect((await api(`/api/actions/${first.id}`, { method: 'PATCH', token: rouen, body: { title: 'Modifiée' } })).status).toBe(403)
    expect((await api(`/api/actions/${second.id}`, { method: 'PATCH', token: people[0].token, body: { status: 'todo' } })).status).toBe(403)
    expect((await api(`/api/actions/${first.id}`, { method: 'DELETE', token: rouen })).status).toBe(403)
    expect((await qualify(rouen, { actions: [first.id], ...period })).status).toBe(409)
  })
})
