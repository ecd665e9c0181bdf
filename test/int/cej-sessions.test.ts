import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'

/** Seed 001, « L'agenda de l'établissement »: sessions, registrations, closing, the young person's events. */
const ROUEN_STAFF = staff('referent-accounts')
const CAEN_STAFF = 'referent-accounts-caen@tremplin.test'
const SARAH = 'sarah.michel@exemple.fr'

const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * 3600_000).toISOString()

const accountLogin = async (email: string) => {
  const { status, body } = await api('/api/accounts/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} : ${status}`)
  return body.token as string
}

describe('CEJ : agenda de la Mission Locale (sessions collectives)', () => {
  let mailbox: MailCatcher
  let rouen: string
  let caen: string
  let employer: string
  let rouenId: number
  let caenId: number
  const people: { id: number; email: string }[] = []

  const youngPerson = async (structure: number, token: string) => {
    const email = `cej.${Date.now()}.${Math.round(Math.random() * 1e6)}@exemple.fr`
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email, password: DEMO_PASSWORD, firstName: 'Malek', lastName: `Jeune${people.length}`, postalCode: structure === rouenId ? '76000' : '14000', birthDate: '2004-04-04', structure },
    })
    if (status !== 201) throw new Error(`Compte non créé : ${status} ${JSON.stringify(body)}`)
    return { id: body.doc.id as number, email }
  }

  const createSession = async (data: Record<string, unknown>, token = rouen) =>
    api('/api/sessions', {
      method: 'POST',
      token,
      body: { title: 'Atelier CV', kind: 'workshop', startsAt: at(48), endsAt: at(50), structure: rouenId, visible: true, ...data },
    })

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    rouen = await login(ROUEN_STAFF)
    caen = await login(CAEN_STAFF)
    employer = await login(staff('employer'))
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=50&depth=0', { token: await login(staff('super-admin')) })).body.docs
    rouenId = structures.find((s: { name: string }) => s.name.includes('Rouen')).id
    caenId = structures.find((s: { name: string }) => s.name.includes('Caen')).id
    for (let i = 0; i < 3; i++) people.push(await youngPerson(rouenId, rouen))
  })

  afterAll(async () => {
    await mailbox?.stop()
  })

  it('le conseiller crée une session de sa Mission Locale, jamais d’une autre ; la fin doit suivre le début', async () => {
    const created = await createSession({ capacity: 2 })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'upcoming', remainingPlaces: 2, registrations: [] })
    expect((await createSession({ structure: caenId })).status).toBe(403)
    const backwards = await createSession({ startsAt: at(50), endsAt: at(48) })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors[0].data.errors[0]).toMatchObject({ path: 'endsAt', message: 'La fin doit être après le début de la session.' })
    const forged = await createSession({ status: 'closed', registrations: [{ account: people[0].id, status: 'present' }] })
    expect(forged.status).toBe(201)
    expect(forged.body.doc).toMatchObject({ status: 'upcoming', registrations: [] })
  })

  it('une Mission Locale ne voit ni ne modifie les sessions d’une autre (REST et GraphQL)', async () => {
    const { body } = await createSession({ title: 'Session de Rouen seulement' })
    const id = body.doc.id
    expect((await api(`/api/sessions/${id}`, { token: caen })).status).toBe(404)
    expect((await api('/api/sessions?where[title][equals]=Session de Rouen seulement', { token: caen })).body.totalDocs).toBe(0)
    expect((await api(`/api/sessions/${id}`, { method: 'PATCH', token: caen, body: { title: 'Piratée' } })).status).toBe(403)
    expect((await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: caen, body: { accounts: [people[0].id] } })).status).toBe(403)
    expect((await api('/api/sessions/99999999/registrations', { method: 'POST', token: rouen, body: { accounts: [people[0].id] } })).status).toBe(404)
    expect((await api(`/api/sessions/${id}`, { token: rouen })).body.title).toBe('Session de Rouen seulement')
    const gql = await api('/api/graphql', { method: 'POST', token: caen, body: { query: `{ Sessions(where: { title: { equals: "Session de Rouen seulement" } }) { totalDocs } }` } })
    expect(gql.body.data.Sessions.totalDocs).toBe(0)
    const young = await accountLogin(SARAH)
    expect((await api(`/api/sessions/${id}`, { token: young })).status).toBe(403)
    expect((await api('/api/sessions', { token: employer })).status).toBe(403)
  })

  it('inscriptions : bénéficiaires de la structure seulement, dans la limite des places ; le jeune est prévenu par e-mail', async () => {
    const { body } = await createSession({ title: 'Information collective santé', capacity: 2 })
    const id = body.doc.id
    const caenPerson = await youngPerson(caenId, caen)
    const outsider = await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[0].id, caenPerson.id] } })
    expect(outsider.status).toBe(400)
    expect(outsider.body.errors[0].data.errors[0].path).toBe('accounts.1')
    expect(outsider.body.errors[0].data.errors[0].message).toContain("n'est pas rattaché(e) à la Mission Locale de la session")
    const registered = await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[0].id, people[1].id] } })
    expect(registered.status).toBe(200)
    expect(registered.body.doc.registrations.map((r: { account: number; status: string }) => [r.account, r.status])).toEqual([
      [people[0].id, 'registered'],
      [people[1].id, 'registered'],
    ])
    const full = await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[2].id] } })
    expect(full.status).toBe(409)
    expect(full.body.errors[0].message).toContain("Le nombre maximum d'inscrits est atteint : 0 place(s) restante(s)")
    expect((await api(`/api/sessions/${id}`, { token: rouen })).body.remainingPlaces).toBe(0)
    const mail = await waitForMail(mailbox, { to: people[0].email, contains: 'Information collective santé' })
    expect(mail.text).toContain('Vous êtes inscrit(e) à une session')
    expect((await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: 'tous' } })).status).toBe(400)
    const unknownKey = await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[2].id], force: true } })
    expect(unknownKey.status).toBe(400)
    expect(unknownKey.body.errors[0].data.errors[0].path).toBe('force')
  })

  it('deux conseillers qui prennent la dernière place en même temps : un seul y parvient', async () => {
    const { body } = await createSession({ title: 'Dernière place', capacity: 1 })
    const id = body.doc.id
    const [first, second] = await Promise.all([
      api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[0].id] } }),
      api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[1].id] } }),
    ])
    expect([first.status, second.status].sort()).toEqual([200, 409])
    expect((await api(`/api/sessions/${id}`, { token: rouen })).body.registrations).toHaveLength(1)
  })

  it('la date limite d’inscription passée, les inscriptions sont refusées (409)', async () => {
    const { body } = await createSession({ title: 'Date limite passée', registrationDeadline: at(-1) })
    const late = await api(`/api/sessions/${body.doc.id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[0].id] } })
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toBe('Les inscriptions ne sont plus possibles car la date limite est atteinte.')
  })

  it('désinscription : une erreur efface la ligne, un refus la garde (commentaire pour le refus jeune) et permet de réinscrire', async () => {
    const { body } = await createSession({ title: 'Atelier désinscriptions' })
    const id = body.doc.id
    await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: people.map((p) => p.id) } })
    const mistake = await api(`/api/sessions/${id}/unregistrations`, { method: 'POST', token: rouen, body: { account: people[0].id, reason: 'mistake' } })
    expect(mistake.status).toBe(200)
    expect(mistake.body.doc.registrations.map((r: { account: number }) => r.account)).not.toContain(people[0].id)
    const youth = await api(`/api/sessions/${id}/unregistrations`, { method: 'POST', token: rouen, body: { account: people[1].id, reason: 'youth-refusal', comment: 'Il a trouvé un stage.' } })
    expect(youth.body.doc.registrations.find((r: { account: number }) => r.account === people[1].id)).toMatchObject({ status: 'youth-refusal', comment: 'Il a trouvé un stage.' })
    const third = await api(`/api/sessions/${id}/unregistrations`, { method: 'POST', token: rouen, body: { account: people[2].id, reason: 'third-party-refusal', comment: 'non' } })
    expect(third.status).toBe(400)
    expect(third.body.errors[0].data.errors[0].path).toBe('comment')
    const tooLong = await api(`/api/sessions/${id}/unregistrations`, { method: 'POST', token: rouen, body: { account: people[2].id, reason: 'youth-refusal', comment: 'x'.repeat(251) } })
    expect(tooLong.status).toBe(400)
    expect((await api(`/api/sessions/${id}/unregistrations`, { method: 'POST', token: rouen, body: { account: people[2].id, reason: 'absent' } })).body.errors[0].data.errors[0].path).toBe('reason')
    await waitForMail(mailbox, { to: people[1].email, contains: 'Vous êtes désinscrit(e)' })
    const again = await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[1].id] } })
    expect(again.body.doc.registrations.find((r: { account: number }) => r.account === people[1].id)).toMatchObject({ status: 'registered', comment: null })
    expect((await api(`/api/sessions/${id}/unregistrations`, { method: 'POST', token: rouen, body: { account: people[0].id, reason: 'mistake' } })).status).toBe(409)
  })

  it('l’horloge passe une session terminée « À clore » ; la clôture émarge : cochés présents, autres inscrits « Absence »', async () => {
    const { body } = await createSession({ title: 'Atelier passé', startsAt: at(0.0005), endsAt: at(0.001) })
    const id = body.doc.id
    await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: people.map((p) => p.id) } })
    await api(`/api/sessions/${id}/unregistrations`, { method: 'POST', token: rouen, body: { account: people[2].id, reason: 'youth-refusal' } })
    expect((await api(`/api/sessions/${id}/transitions`, { method: 'POST', token: rouen, body: { event: 'CLOSE', attendance: [] } })).status).toBe(409)
    const deadline = Date.now() + 30_000
    let status = 'upcoming'
    while (status === 'upcoming' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      status = (await api(`/api/sessions/${id}`, { token: rouen })).body.status
    }
    expect(status).toBe('to-close')
    const transitions = await api(`/api/sessions/${id}/transitions`, { token: rouen })
    expect(transitions.body.allowed).toEqual(['CLOSE'])
    expect(transitions.body.history.at(-1)).toMatchObject({ event: 'END', from: 'upcoming', to: 'to-close' })
    // The passing of time is the platform's: nobody sends END.
    expect((await api(`/api/sessions/${id}/transitions`, { method: 'POST', token: rouen, body: { event: 'END' } })).status).toBe(403)
    expect((await api(`/api/sessions/${id}/transitions`, { method: 'POST', token: caen, body: { event: 'CLOSE', attendance: [] } })).status).toBe(403)
    const stranger = await api(`/api/sessions/${id}/transitions`, { method: 'POST', token: rouen, body: { event: 'CLOSE', attendance: [999999] } })
    expect(stranger.status).toBe(400)
    expect(stranger.body.errors[0].data.errors[0].path).toBe('attendance')
    expect((await api(`/api/sessions/${id}`, { token: rouen })).body.status).toBe('to-close')
    const closed = await api(`/api/sessions/${id}/transitions`, { method: 'POST', token: rouen, body: { event: 'CLOSE', attendance: [people[0].id, people[2].id] } })
    expect(closed.status).toBe(200)
    const after = (await api(`/api/sessions/${id}?depth=0`, { token: rouen })).body
    expect(after.status).toBe('closed')
    expect(Object.fromEntries(after.registrations.map((r: { account: number; status: string }) => [r.account, r.status]))).toEqual({
      [people[0].id]: 'present',
      [people[1].id]: 'absent',
      [people[2].id]: 'present',
    })
    expect((await api(`/api/sessions/${id}/registrations`, { method: 'POST', token: rouen, body: { accounts: [people[1].id] } })).status).toBe(409)
  })

  it('le jeune voit les sessions rendues visibles de sa Mission Locale, sans places ni date limite, et demande son inscription', async () => {
    const visible = (await createSession({ title: 'Forum de l’alternance', capacity: 30, registrationDeadline: at(24) })).body.doc
    const hidden = (await createSession({ title: 'Session non visible', visible: false })).body.doc
    const young = await accountLogin(SARAH)
    const { status, body } = await api('/api/sessions/events', { token: young })
    expect(status).toBe(200)
    const titles = body.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('Forum de l’alternance')
    expect(titles).toContain('Recrutement service civique')
    expect(titles).not.toContain('Session non visible')
    const event = body.docs.find((doc: { id: number }) => doc.id === visible.id)
    expect(event).toMatchObject({ registered: false })
    expect(event).not.toHaveProperty('registrationDeadline')
    expect(event.remainingPlaces).toBeUndefined()
    expect(event.registrations).toBeUndefined()
    expect(body.docs.find((doc: { title: string }) => doc.title === 'Recrutement service civique').registered).toBe(true)
    const request = await api(`/api/sessions/${visible.id}/registration-requests`, { method: 'POST', token: young })
    expect(request.status).toBe(200)
    expect(request.body.message).toContain('transmise à votre conseiller')
    expect((await api(`/api/sessions/${hidden.id}/registration-requests`, { method: 'POST', token: young })).status).toBe(404)
    expect((await api('/api/sessions/events', { token: rouen })).status).toBe(403)
    // Queued in the request's transaction, delivered by the jobs queue (src/kernel/notifications/notifyLater.ts).
    const superAdmin = await login(staff('super-admin'))
    await vi.waitFor(
      async () => {
        const staffNotifications = await api('/api/notifications?where[kind][equals]=session-registration-request&depth=0', { token: superAdmin })
        expect(staffNotifications.body.docs.some((n: { body: string }) => n.body.includes('Forum de l’alternance'))).toBe(true)
      },
      { timeout: 20_000, interval: 250 },
    )
  })
})
