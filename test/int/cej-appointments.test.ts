import ICAL from 'ical.js'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { remindAppointments } from '../../plugins/cej/appointments/reminders'
import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'
import { mailText, startTestMailbox, waitForMail } from '../helpers/mail'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/** Seed 001, « L'agenda » and « Création d'un rendez-vous »: appointments, their e-mails and .ics, the agendas. */
const COUNSELLOR = staff('referent-full')
const COLLEAGUE = staff('referent-accounts')
const CAEN_STAFF = 'referent-accounts-caen@tremplin.test'
const DAY = 24 * 3600_000
const stamp = Date.now()

const accountLogin = async (email: string) => {
  const { status, body } = await api('/api/accounts/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} : ${status}`)
  return body.token as string
}

/** The `.ics` part of a raw e-mail, decoded (base64 or quoted-printable, as nodemailer chose). */
const icsOf = (raw: string) => {
  const lines = raw.split(/\r?\n/)
  const start = lines.findIndex((line) => /^content-type:\s*text\/calendar/i.test(line))
  if (start < 0) throw new Error("L'e-mail n'a pas de pièce jointe text/calendar")
  let i = start
  const headers: string[] = []
  while (lines[i] !== '') headers.push(lines[i++])
  const body: string[] = []
  for (i += 1; i < lines.length && !lines[i].startsWith('--'); i++) body.push(lines[i])
  const header = headers.join('\n')
  if (/content-transfer-encoding:\s*base64/i.test(header)) return Buffer.from(body.join(''), 'base64').toString('utf8')
  if (/content-transfer-encoding:\s*quoted-printable/i.test(header)) return mailText(body.join('\r\n'))
  return body.join('\r\n')
}

/** The .ics parsed back with ical.js: the calendar's method and its one event. */
const parseIcs = (raw: string) => {
  const calendar = new ICAL.Component(ICAL.parse(icsOf(raw)))
  const vevent = calendar.getFirstSubcomponent('vevent')!
  const event = new ICAL.Event(vevent)
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    summary: event.summary,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    location: event.location,
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    status: vevent.getFirstPropertyValue('status'),
  }
}

describe('CEJ : rendez-vous et agendas', () => {
  let mailbox: MailCatcher
  let counsellor: string
  let colleague: string
  let caen: string
  let counsellorId: number
  let rouenId: number
  let caenId: number
  const people: { id: number; email: string; token: string }[] = []
  let caenPerson: { id: number; email: string }

  const mailsTo = (to: string, contains: string) => mailbox.messages.filter((m) => m.to.includes(to) && mailText(m.raw).includes(contains))
  /** Waits for a message to `to` holding every one of `parts` (other appointments' reminders go out too). */
  const waitForMailWith = async (to: string, parts: string[]) => {
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline) {
      const found = mailbox.messages.find((m) => m.to.includes(to) && parts.every((part) => mailText(m.raw).includes(part)))
      if (found) return { ...found, text: mailText(found.raw) }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(`Aucun e-mail pour ${to} contenant ${parts.join(', ')}`)
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500))

  const youngPerson = async (structure: number, token: string, lastName: string) => {
    const email = `rdv.${stamp}.${Math.round(Math.random() * 1e6)}@exemple.fr`
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email, password: DEMO_PASSWORD, firstName: 'Malek', lastName, postalCode: structure === rouenId ? '76000' : '14000', birthDate: '2004-04-04', structure },
    })
    if (status !== 201) throw new Error(`Compte non créé : ${status} ${JSON.stringify(body)}`)
    return { id: body.doc.id as number, email }
  }

  const book = async (data: Record<string, unknown>, token = counsellor) =>
    api('/api/appointments?depth=0', {
      method: 'POST',
      token,
      body: {
        type: 'follow-up',
        title: `Rendez-vous de suivi ${stamp}`,
        modality: 'on-site',
        startsAt: new Date(Math.floor((Date.now() + 3 * DAY) / 60_000) * 60_000).toISOString(),
        duration: '00:45',
        address: '2 rue de la République, 76000 Rouen',
        youngPeople: [people[0].id],
        visibleToYoungPeople: true,
        notifyYoungPeople: true,
        ...data,
      },
    })

  const transition = (id: number, event: Record<string, unknown>, token = counsellor) => api(`/api/appointments/${id}/transitions`, { method: 'POST', token, body: event })

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    counsellor = await login(COUNSELLOR)
    colleague = await login(COLLEAGUE)
    caen = await login(CAEN_STAFF)
    counsellorId = (await api('/api/users/me', { token: counsellor })).body.user.id
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=50&depth=0', { token: await login(staff('super-admin')) })).body.docs
    rouenId = structures.find((s: { name: string }) => s.name.includes('Rouen')).id
    caenId = structures.find((s: { name: string }) => s.name.includes('Caen')).id
    for (const name of ['Malek', 'Amina', 'Tham']) {
      const person = await youngPerson(rouenId, colleague, name)
      people.push({ ...person, token: await accountLogin(person.email) })
    }
    caenPerson = await youngPerson(caenId, caen, 'Caennais')
  })

  afterAll(async () => {
    await mailbox?.stop()
    await closeLocalPayload()
  })

  it('le conseiller crée un rendez-vous pour deux bénéficiaires ; chacun reçoit un e-mail avec un .ics', async () => {
    const startsAt = new Date(Date.now() + 4 * DAY)
    startsAt.setUTCMinutes(30, 0, 0)
    const title = `Atelier CV ${stamp}`
    const created = await book({ title, type: 'workshop', startsAt: startsAt.toISOString(), duration: '01:30', youngPeople: [people[0].id, people[1].id], status: 'held', createdBy: 1 })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'planned', title, duration: '01:30', modality: 'on-site', createdBy: counsellorId, structure: rouenId })
    expect(created.body.doc.youngPeople).toEqual([people[0].id, people[1].id])

    for (const person of [people[0], people[1]]) {
      const mail = await waitForMailWith(person.email, ['Nouveau rendez-vous avec votre conseiller', title])
      const ics = parseIcs(mail.raw)
      expect(ics).toMatchObject({ method: 'PUBLISH', summary: title, start: startsAt.toISOString(), end: new Date(startsAt.getTime() + 90 * 60_000).toISOString(), sequence: 0, status: 'CONFIRMED' })
      expect(ics.location).toContain('2 rue de la République')
      expect(ics.uid).toContain(`appointment-${created.body.doc.id}@`)
    }
    expect(mailsTo(people[2].email, title)).toHaveLength(0)
  })

  it('la création est refusée : mauvaise durée, bénéficiaire d’une autre Mission Locale, autre structure, jeune connecté', async () => {
    const badDuration = await book({ duration: '90 min' })
    expect(badDuration.status).toBe(400)
    expect(badDuration.body.errors[0].data.errors[0]).toMatchObject({ path: 'duration' })
    const nobody = await book({ youngPeople: [] })
    expect(nobody.status).toBe(400)
    const stranger = await book({ youngPeople: [caenPerson.id] })
    expect(stranger.status).toBe(400)
    expect(stranger.body.errors[0].data.errors[0]).toMatchObject({ path: 'youngPeople', message: 'Vous ne pouvez inviter que des bénéficiaires que vous suivez ou de votre Mission Locale.' })
    expect((await book({ structure: caenId })).status).toBe(403)
    expect((await book({}, people[0].token)).status).toBe(403)
    expect((await book({ youngPeople: [people[0].id] }, caen)).status).toBe(400)
  })

  it('un jeune ne lit que ses rendez-vous visibles, jamais ceux d’un autre ni qui d’autre est invité (REST et GraphQL)', async () => {
    const shared = (await book({ title: `Visible ${stamp}`, youngPeople: [people[0].id, people[1].id] })).body.doc
    const hidden = (await book({ title: `Caché ${stamp}`, visibleToYoungPeople: false, youngPeople: [people[0].id] })).body.doc
    const other = (await book({ title: `Autre ${stamp}`, youngPeople: [people[2].id] })).body.doc

    const mine = await api(`/api/appointments?where[title][like]=${stamp}&limit=50&depth=0`, { token: people[0].token })
    expect(mine.status).toBe(200)
    const titles = mine.body.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain(`Visible ${stamp}`)
    expect(titles).not.toContain(`Caché ${stamp}`)
    expect(titles).not.toContain(`Autre ${stamp}`)
    const seen = mine.body.docs.find((d: { id: number }) => d.id === shared.id)
    expect(seen.youngPeople).toBeUndefined()
    expect(seen.structure).toBeUndefined()
    expect(seen.notifyYoungPeople).toBeUndefined()

    expect((await api(`/api/appointments/${other.id}`, { token: people[0].token })).status).toBe(404)
    expect((await api(`/api/appointments/${hidden.id}`, { token: people[0].token })).status).toBe(404)
    expect((await api(`/api/appointments/${shared.id}`, { token: people[2].token })).status).toBe(404)
    expect((await api(`/api/appointments/${shared.id}`, { method: 'PATCH', token: people[0].token, body: { title: 'Changé' } })).status).toBe(403)

    const gql = (token: string) =>
      api('/api/graphql', { method: 'POST', token, body: { query: `{ Appointments(where: { title: { like: "${stamp}" } }, limit: 50) { docs { id title } } }` } })
    const mineGql = (await gql(people[0].token)).body.data.Appointments.docs.map((d: { title: string }) => d.title)
    expect(mineGql).toContain(`Visible ${stamp}`)
    expect(mineGql).not.toContain(`Caché ${stamp}`)
    expect(mineGql).not.toContain(`Autre ${stamp}`)
    const byId = await api('/api/graphql', { method: 'POST', token: people[2].token, body: { query: `{ Appointment(id: ${shared.id}) { id title } }` } })
    expect(byId.body.data?.Appointment ?? null).toBeNull()
    const invitedField = await api('/api/graphql', { method: 'POST', token: people[0].token, body: { query: `{ Appointment(id: ${shared.id}) { id youngPeople { id } } }` } })
    expect(invitedField.body.data.Appointment.id).toBe(shared.id)
    expect(invitedField.body.data.Appointment.youngPeople ?? []).toEqual([])
  })

  it('une autre Mission Locale ne voit rien, ne modifie rien et ne change aucun statut (REST et GraphQL)', async () => {
    const { body } = await book({ title: `Rouen seulement ${stamp}` })
    const id = body.doc.id
    expect((await api(`/api/appointments/${id}`, { token: caen })).status).toBe(404)
    expect((await api(`/api/appointments?where[title][equals]=Rouen seulement ${stamp}`, { token: caen })).body.totalDocs).toBe(0)
    expect((await api(`/api/appointments/${id}`, { method: 'PATCH', token: caen, body: { title: 'Piraté' } })).status).toBe(403)
    expect((await transition(id, { event: 'CANCEL', reason: 'Piraté' }, caen)).status).toBe(403)
    const gql = await api('/api/graphql', { method: 'POST', token: caen, body: { query: `{ Appointments(where: { title: { like: "${stamp}" } }) { totalDocs } }` } })
    expect(gql.body.data.Appointments.totalDocs).toBe(0)
    // A colleague of the same Mission Locale manages it.
    expect((await api(`/api/appointments/${id}`, { token: colleague })).status).toBe(200)
  })

  it('HOLD, MISS et CANCEL {reason} : 403 au jeune, 400 sans motif, 409 depuis un statut final', async () => {
    const held = (await book({ title: `Réalisé ${stamp}` })).body.doc
    const missed = (await book({ title: `Absent ${stamp}` })).body.doc
    const cancelled = (await book({ title: `Annulé ${stamp}` })).body.doc

    const listed = await api(`/api/appointments/${held.id}/transitions`, { token: counsellor })
    expect(listed.body).toMatchObject({ state: 'planned' })
    expect(listed.body.allowed.map((e: { event?: string } | string) => (typeof e === 'string' ? e : e.event)).sort()).toEqual(['CANCEL', 'HOLD', 'MISS'])

    expect((await transition(held.id, { event: 'HOLD' }, people[0].token)).status).toBe(403)
    const hold = await transition(held.id, { event: 'HOLD' })
    expect(hold.status).toBe(200)
    expect(hold.body.status).toBe('held')
    expect((await transition(held.id, { event: 'MISS' })).status).toBe(409)
    expect((await transition(held.id, { event: 'CANCEL', reason: 'Trop tard' })).status).toBe(409)

    expect((await transition(missed.id, { event: 'MISS' }, colleague)).body.status).toBe('missed')
    expect((await transition(missed.id, { event: 'HOLD' })).status).toBe(409)

    const noReason = await transition(cancelled.id, { event: 'CANCEL' })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain("Motif de l'annulation")
    expect((await transition(cancelled.id, { event: 'CANCEL', reason: '   ' })).status).toBe(400)
    expect((await transition(cancelled.id, { event: 'CANCEL', reason: 'x', extra: 1 })).status).toBe(400)
    expect((await api(`/api/appointments/${cancelled.id}`, { token: counsellor })).body.status).toBe('planned')
    const cancel = await transition(cancelled.id, { event: 'CANCEL', reason: 'Conseiller absent' })
    expect(cancel.status).toBe(200)
    expect(cancel.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Conseiller absent' })
    expect((await transition(cancelled.id, { event: 'HOLD' })).status).toBe(409)
    // A status is never written through the ordinary update, and a final appointment no longer moves.
    expect((await api(`/api/appointments/${held.id}`, { method: 'PATCH', token: counsellor, body: { status: 'planned' } })).body.doc?.status ?? 'held').toBe('held')
    expect((await api(`/api/appointments/${held.id}`, { method: 'PATCH', token: counsellor, body: { startsAt: new Date(Date.now() + 9 * DAY).toISOString() } })).status).toBe(409)
  })

  it('un changement de date, d’heure ou de lieu prévient les invités, avec un .ics mis à jour ; une simple description non', async () => {
    const title = `Changement ${stamp}`
    const appointment = (await book({ title, youngPeople: [people[0].id] })).body.doc
    await waitForMail(mailbox, { to: people[0].email, contains: title })
    const movedTo = new Date(Date.now() + 5 * DAY)
    movedTo.setUTCMinutes(15, 0, 0)
    const moved = await api(`/api/appointments/${appointment.id}`, { method: 'PATCH', token: counsellor, body: { startsAt: movedTo.toISOString(), address: '12 quai de Paris, 76000 Rouen' } })
    expect(moved.status).toBe(200)
    const mail = await waitForMailWith(people[0].email, ['Votre rendez-vous a changé', title])
    expect(parseIcs(mail.raw)).toMatchObject({ summary: title, start: movedTo.toISOString(), sequence: 1, uid: expect.stringContaining(`appointment-${appointment.id}@`) })
    expect(parseIcs(mail.raw).location).toContain('12 quai de Paris')

    await api(`/api/appointments/${appointment.id}`, { method: 'PATCH', token: counsellor, body: { description: 'Apportez votre CV.' } })
    // Someone added later is invited, not told of a change; the others are not invited twice.
    await api(`/api/appointments/${appointment.id}`, { method: 'PATCH', token: counsellor, body: { youngPeople: [people[0].id, people[2].id] } })
    await waitForMail(mailbox, { to: people[2].email, contains: title })
    await settle()
    expect(mailsTo(people[0].email, 'Votre rendez-vous a changé').filter((m) => mailText(m.raw).includes(title))).toHaveLength(1)
    expect(mailsTo(people[0].email, 'Nouveau rendez-vous').filter((m) => mailText(m.raw).includes(title))).toHaveLength(1)
    expect(mailsTo(people[2].email, 'Votre rendez-vous a changé').filter((m) => mailText(m.raw).includes(title))).toHaveLength(0)

    // « Désinscription »: the person taken off the list is told, and their calendar drops it.
    await api(`/api/appointments/${appointment.id}`, { method: 'PATCH', token: counsellor, body: { youngPeople: [people[0].id] } })
    const removed = await waitForMailWith(people[2].email, ["Vous n'êtes plus invité(e) à un rendez-vous", title])
    expect(parseIcs(removed.raw)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: expect.stringContaining(`appointment-${appointment.id}@`) })
    expect((await api(`/api/appointments/${appointment.id}`, { token: people[2].token })).status).toBe(404)
  })

  it('« Intégrer cet événement à mon agenda » : le conseiller reçoit le .ics à la création et à l’annulation', async () => {
    const title = `Copie conseiller ${stamp}`
    const appointment = (await book({ title, calendarByEmail: true, notifyYoungPeople: false })).body.doc
    const added = await waitForMailWith(COUNSELLOR, ['Rendez-vous ajouté à votre agenda', title])
    expect(parseIcs(added.raw)).toMatchObject({ method: 'PUBLISH', summary: title, start: new Date(appointment.startsAt).toISOString() })
    expect((await transition(appointment.id, { event: 'CANCEL', reason: 'Report' })).status).toBe(200)
    const cancelled = await waitForMailWith(COUNSELLOR, ['Rendez-vous annulé', title])
    expect(parseIcs(cancelled.raw)).toMatchObject({ method: 'CANCEL', summary: title })
    expect(mailsTo(people[0].email, title)).toHaveLength(0)
    // Without the box ticked, the counsellor gets nothing.
    const plain = `Sans copie ${stamp}`
    await book({ title: plain })
    await waitForMailWith(people[0].email, [plain])
    await settle()
    expect(mailsTo(COUNSELLOR, plain)).toHaveLength(0)
  })

  it('l’annulation prévient les invités avec le motif et un .ics d’annulation', async () => {
    const title = `À annuler ${stamp}`
    const appointment = (await book({ title, youngPeople: [people[1].id] })).body.doc
    expect((await transition(appointment.id, { event: 'CANCEL', reason: 'Fermeture exceptionnelle de l’agence' })).status).toBe(200)
    const mail = await waitForMailWith(people[1].email, ['Votre rendez-vous est annulé', title])
    expect(mail.text).toContain('Motif : Fermeture exceptionnelle de l’agence')
    expect(parseIcs(mail.raw)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', summary: title, uid: `appointment-${appointment.id}@localhost` })
  })

  it('rappels 7 jours avant et la veille : chacun une seule fois quand l’horloge passe deux fois', async () => {
    const startsAt = new Date(Date.now() + 10 * DAY)
    startsAt.setUTCSeconds(0, 0)
    const title = `Rappels ${stamp}`
    const appointment = (await book({ title, startsAt: startsAt.toISOString(), youngPeople: [people[0].id, people[1].id] })).body.doc
    const silent = (await book({ title: `Sans rappel ${stamp}`, startsAt: startsAt.toISOString(), notifyYoungPeople: false, youngPeople: [people[0].id] })).body.doc
    await waitForMail(mailbox, { to: people[1].email, contains: title })
    const payload = await localPayload()
    const req = await createLocalReq({}, payload)
    const run = (now: Date) => remindAppointments({ req, now })

    // Today: nothing is due yet.
    await run(new Date())
    const weekBefore = new Date(startsAt.getTime() - 7 * DAY + 3600_000)
    await run(weekBefore)
    await run(weekBefore)
    for (const person of [people[0], people[1]]) {
      const mail = await waitForMailWith(person.email, ['dans une semaine', title])
      expect(parseIcs(mail.raw)).toMatchObject({ summary: title, start: startsAt.toISOString() })
    }
    const dayBefore = new Date(startsAt.getTime() - 20 * 3600_000)
    await run(dayBefore)
    await run(dayBefore)
    for (const person of [people[0], people[1]]) {
      const mail = await waitForMailWith(person.email, ['a lieu demain', title])
      expect(parseIcs(mail.raw).start).toBe(startsAt.toISOString())
    }
    await settle()
    for (const person of [people[0], people[1]]) {
      expect(mailsTo(person.email, 'dans une semaine').filter((m) => mailText(m.raw).includes(title))).toHaveLength(1)
      expect(mailsTo(person.email, 'a lieu demain').filter((m) => mailText(m.raw).includes(title))).toHaveLength(1)
    }
    expect(mailsTo(people[0].email, `Sans rappel ${stamp}`)).toHaveLength(0)
    const { totalDocs } = await payload.count({ collection: 'notifications', where: { dedupeKey: { like: `appointment:${appointment.id}:reminder` } }, overrideAccess: true })
    expect(totalDocs).toBe(4)
    expect(silent.status).toBe('planned')
  })

  it('les données de démonstration : le conseiller de Rouen a des rendez-vous avec ses jeunes, dont un réalisé', async () => {
    const { body } = await api('/api/appointments?where[createdBy][equals]=' + counsellorId + '&where[title][not_like]=' + stamp + '&sort=startsAt&depth=0&limit=20', { token: counsellor })
    const titles = body.docs.map((d: { title: string }) => d.title)
    expect(titles).toEqual(expect.arrayContaining(['Rendez-vous de suivi', 'Information collective : Garantie jeunes', 'Point projet professionnel', 'Premier entretien CEJ']))
    expect(body.docs.find((d: { title: string }) => d.title === 'Premier entretien CEJ').status).toBe('held')
    const sarah = await accountLogin('sarah.michel@exemple.fr')
    const seen = (await api('/api/appointments?depth=0&limit=20', { token: sarah })).body.docs.map((d: { title: string }) => d.title)
    expect(seen).toEqual(expect.arrayContaining(['Rendez-vous de suivi', 'Point projet professionnel']))
  })

  describe('agendas', () => {
    // The week of Monday 22 March 2027; summer time begins on Sunday 28 March at 02:00 in Paris.
    const mondayEarly = '2027-03-21T23:10:00.000Z' // Monday 22 March, 00:10 in Paris (winter time)
    const sundayLate = '2027-03-28T21:30:00.000Z' // Sunday 28 March, 23:30 in Paris (summer time)
    const nextMonday = '2027-03-28T22:15:00.000Z' // Monday 29 March, 00:15 in Paris: the next week
    const ids: Record<string, number> = {}

    beforeAll(async () => {
      for (const [key, startsAt, extra] of [
        ['mondayEarly', mondayEarly, { youngPeople: [people[0].id, people[1].id] }],
        ['sundayLate', sundayLate, {}],
        ['nextMonday', nextMonday, {}],
        ['hidden', '2027-03-24T09:00:00.000Z', { visibleToYoungPeople: false }],
      ] as const) {
        ids[key] = (await book({ title: `Agenda ${key} ${stamp}`, startsAt, notifyYoungPeople: false, ...extra })).body.doc.id
      }
      const session = await api('/api/sessions', {
        method: 'POST',
        token: counsellor,
        body: { title: `Session animée ${stamp}`, kind: 'workshop', startsAt: '2027-03-23T13:00:00.000Z', endsAt: '2027-03-23T15:00:00.000Z', structure: rouenId, facilitator: counsellorId },
      })
      expect(session.status).toBe(201)
      ids.session = session.body.doc.id
    })

    it('« Mon agenda » : la semaine du lundi au dimanche en heure de Paris, les rendez-vous créés et les sessions animées', async () => {
      const { status, body } = await api('/api/cej/agenda?week=2027-03-25', { token: counsellor })
      expect(status).toBe(200)
      expect(body.period).toMatchObject({ from: '2027-03-22', to: '2027-03-28', label: 'Période : du 22/03/2027 au 28/03/2027', previous: '2027-03-15', next: '2027-03-29', isCurrent: false })
      expect(body.days.map((d: { date: string }) => d.date)).toEqual(['2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28'])
      const dayOf = (id: number, kind = 'appointment') => body.days.find((d: { items: { id: number; kind: string }[] }) => d.items.some((i) => i.id === id && i.kind === kind))?.date
      expect(dayOf(ids.mondayEarly)).toBe('2027-03-22')
      expect(dayOf(ids.sundayLate)).toBe('2027-03-28')
      expect(dayOf(ids.nextMonday)).toBeUndefined()
      expect(dayOf(ids.session, 'session')).toBe('2027-03-23')
      const monday = body.days[0]
      expect(monday.label).toBe('Lundi 22 mars')
      expect(monday.items[0]).toMatchObject({ schedule: '00h10 - 45 min', partOfDay: 'Matin', youngPeopleLabel: 'Bénéficiaires multiples', statusLabel: 'Planifié', typeLabel: 'Rendez-vous de suivi', modalityLabel: 'En agence (sur place)', createdByMe: true })
      const session = body.days[1].items.find((i: { kind: string }) => i.kind === 'session')
      expect(session).toMatchObject({ schedule: '14h00 - 120 min', partOfDay: 'Après-midi', statusLabel: 'À venir' })
      const sunday = body.days[6].items.find((i: { id: number }) => i.id === ids.sundayLate)
      expect(sunday).toMatchObject({ schedule: '23h30 - 45 min', youngPeopleLabel: 'MALEK Malek' })

      const next = await api('/api/cej/agenda?week=2027-03-29', { token: counsellor })
      expect(next.body.days[0].items.map((i: { id: number }) => i.id)).toContain(ids.nextMonday)
      const current = await api('/api/cej/agenda', { token: counsellor })
      expect(current.body.period.isCurrent).toBe(true)
    })

    it('« Mon agenda » ne montre que les rendez-vous de son auteur ; réservé au personnel CEJ ; semaine invalide : 400', async () => {
      const colleagueAgenda = await api('/api/cej/agenda?week=2027-03-22', { token: colleague })
      expect(colleagueAgenda.status).toBe(200)
      expect(colleagueAgenda.body.days.flatMap((d: { items: unknown[] }) => d.items)).toHaveLength(0)
      const caenAgenda = await api('/api/cej/agenda?week=2027-03-22', { token: caen })
      expect(caenAgenda.body.days.flatMap((d: { items: unknown[] }) => d.items)).toHaveLength(0)
      expect((await api('/api/cej/agenda', { token: people[0].token })).status).toBe(403)
      expect((await api('/api/cej/agenda', { token: await login(staff('employer')) })).status).toBe(403)
      expect((await api('/api/cej/agenda')).status).toBe(403)
      const invalid = await api('/api/cej/agenda?week=2027-02-30', { token: counsellor })
      expect(invalid.status).toBe(400)
      expect(JSON.stringify(invalid.body)).toContain('AAAA-MM-JJ')
    })

    it('l’agenda du bénéficiaire : ses actions et ses rendez-vous visibles de la semaine, et « Actions en retard »', async () => {
      const action = await api('/api/actions', { method: 'POST', token: counsellor, body: { account: people[0].id, category: 'job', title: `Faire mon CV ${stamp}`, dueDate: '2027-03-26T10:00:00.000Z' } })
      expect(action.status).toBe(201)
      const late = await api('/api/actions', { method: 'POST', token: counsellor, body: { account: people[0].id, category: 'housing', title: `Dossier logement ${stamp}`, dueDate: new Date(Date.now() - 2 * DAY).toISOString() } })
      expect(late.status).toBe(201)

      const { status, body } = await api('/api/cej/my-agenda?week=2027-03-22', { token: people[0].token })
      expect(status).toBe(200)
      const items = body.days.flatMap((d: { items: { kind: string; id: number }[] }) => d.items)
      expect(items.filter((i: { kind: string }) => i.kind === 'appointment').map((i: { id: number }) => i.id).sort()).toEqual([ids.mondayEarly, ids.sundayLate].sort())
      expect(items.find((i: { kind: string; id: number }) => i.kind === 'action' && i.id === action.body.doc.id)).toMatchObject({ title: `Faire mon CV ${stamp}`, statusLabel: 'À faire', late: false })
      expect(items.some((i: { kind: string; id: number }) => i.kind === 'appointment' && i.id === ids.hidden)).toBe(false)
      expect(JSON.stringify(body)).not.toContain('youngPeople')
      expect(body.lateActions.count).toBeGreaterThanOrEqual(1)
      expect(body.lateActions.label).toBe(`Actions en retard (${body.lateActions.count})`)
      expect(body.lateActions.docs.map((d: { id: number }) => d.id)).toContain(late.body.doc.id)

      const other = await api('/api/cej/my-agenda?week=2027-03-22', { token: people[2].token })
      expect(other.body.days.flatMap((d: { items: unknown[] }) => d.items)).toHaveLength(0)
      expect(other.body.lateActions.count).toBe(0)
      expect((await api('/api/cej/my-agenda', { token: counsellor })).status).toBe(403)
    })
  })
})
