import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/**
 * Seed 001, the CEJ counsellor's workspace: « Portefeuille », « Ajouter un bénéficiaire » and its
 * activation link, « Détail d'une fiche bénéficiaire », « La page bénéficiaires » (colleagues
 * read-only, another Mission Locale nothing), « Supprimer ce compte », « Pilotage ».
 */
const BRUNO = 'cej-counsellor@tremplin.test'
const CHARLES = 'cej-colleague@tremplin.test'
const SARAH = 'sarah.michel@exemple.fr'
const HOUR = 3_600_000

type Row = { id: number; name: string; firstName: string; lastName: string; lastActivity: string; actions: number; unreadByYoungPerson: number; situationLabel: string; readOnly?: boolean }

const accountLogin = (email: string, password = DEMO_PASSWORD) => api('/api/accounts/login', { method: 'POST', body: { email, password } })

describe('CEJ : portefeuille du conseiller, fiche bénéficiaire, page bénéficiaires, pilotage', () => {
  let payload: Payload
  let mailbox: MailCatcher
  let bruno: string
  let charles: string
  let caen: string
  let brunoId: number
  let rouenId: number
  let sarahId: number
  let thamId: number
  const stamp = Date.now()

  const portfolio = async (token: string, query = '') => {
    const { status, body } = await api(`/api/cej/portfolio?${query}`, { token })
    expect(status, JSON.stringify(body)).toBe(200)
    return body as { docs: Row[]; totalDocs: number; page: number; totalPages: number }
  }

  const addBeneficiary = (token: string, data: Record<string, unknown>) => api('/api/cej/beneficiaries', { method: 'POST', token, body: data })

  const accountId = async (email: string) => (await payload.find({ collection: 'accounts', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id as number

  beforeAll(async () => {
    payload = await localPayload()
    mailbox = await startTestMailbox()
    bruno = await login(BRUNO)
    charles = await login(CHARLES)
    const structures = await payload.find({ collection: 'structures', where: { type: { equals: 'mission-locale' } }, depth: 0, limit: 50, overrideAccess: true })
    rouenId = structures.docs.find((s) => s.name.includes('Rouen'))!.id as number
    const caenId = structures.docs.find((s) => s.name.includes('Caen'))!.id as number
    const caenEmail = `cej-caen-${stamp}@tremplin.test`
    await payload.create({ collection: 'users', data: { email: caenEmail, password: DEMO_PASSWORD, firstName: 'Julie', lastName: 'Caen', roles: ['counsellor'], structures: [caenId] } as never, overrideAccess: true })
    caen = await login(caenEmail)
    brunoId = (await payload.find({ collection: 'users', where: { email: { equals: BRUNO } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id as number
    sarahId = await accountId(SARAH)
    thamId = await accountId('tham.tham@exemple.fr')
  })

  afterAll(async () => {
    await mailbox?.stop()
    await closeLocalPayload()
  })

  it('le conseiller voit son portefeuille, et seulement le sien', async () => {
    const mine = await portfolio(bruno)
    const names = mine.docs.map((r) => r.name)
    expect(names).toEqual(expect.arrayContaining(['MICHEL Sarah', 'MARTIN Marie', 'MALEK Malek']))
    expect(mine.docs.map((r) => r.id)).not.toContain(thamId)
    const malek = mine.docs.find((r) => r.name === 'MALEK Malek')!
    expect(malek).toMatchObject({ situationLabel: "Demandeur d'emploi", lastActivity: 'Compte non activé', actions: 1, unreadByYoungPerson: 0 })
    const colleague = await portfolio(charles)
    expect(colleague.docs.map((r) => r.id)).toContain(thamId)
    expect(colleague.docs.map((r) => r.id)).not.toContain(sarahId)
    // Another Mission Locale's counsellor: an empty portfolio, and nothing of Rouen anywhere.
    expect((await portfolio(caen)).totalDocs).toBe(0)
    // Not CEJ staff: refused.
    expect((await api('/api/cej/portfolio', { token: await login(staff('employer')) })).status).toBe(403)
    expect((await api('/api/cej/portfolio')).status).toBe(403)
  })

  it('la dernière activité est la dernière connexion du jeune', async () => {
    expect((await accountLogin(SARAH)).status).toBe(200)
    const sarah = (await portfolio(bruno, 'search=Sarah')).docs.find((r) => r.id === sarahId)!
    expect(sarah.lastActivity).toMatch(/^Aujourd'hui à \d{2}h\d{2}$/)
  })

  it('recherche par prénom ou nom, tri sur chaque colonne, CSV', async () => {
    expect((await portfolio(bruno, 'search=male')).docs.map((r) => r.name)).toEqual(['MALEK Malek'])
    expect((await portfolio(bruno, 'search=MARIE')).docs.map((r) => r.name)).toEqual(['MARTIN Marie'])
    expect((await portfolio(bruno, 'search=martin')).docs.map((r) => r.name)).toEqual(['MARTIN Marie'])
    expect((await portfolio(bruno, 'search=Tham')).totalDocs).toBe(0)
    const byName = (await portfolio(bruno, 'sort=name')).docs.map((r) => r.lastName.toLowerCase())
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'fr')))
    const byNameDesc = (await portfolio(bruno, 'sort=-name')).docs.map((r) => r.lastName.toLowerCase())
    expect(byNameDesc).toEqual([...byName].reverse())
    const byActions = (await portfolio(bruno, 'sort=-actions')).docs.map((r) => r.actions)
    expect(byActions).toEqual([...byActions].sort((a, b) => b - a))
    expect(byActions[0]).toBeGreaterThan(byActions[byActions.length - 1])
    // Never logged in is the oldest activity: first ascending, last descending.
    const byActivity = (await portfolio(bruno, 'sort=lastActivity')).docs
    expect(byActivity[0].lastActivity).toBe('Compte non activé')
    const byActivityDesc = (await portfolio(bruno, 'sort=-lastActivity')).docs
    expect(byActivityDesc[0].id).toBe(sarahId)
    expect(byActivityDesc[byActivityDesc.length - 1].lastActivity).toBe('Compte non activé')
    const bySituation = (await portfolio(bruno, 'sort=situation')).docs.map((r) => r.situationLabel)
    expect(bySituation).toEqual([...bySituation].sort((a, b) => a.localeCompare(b, 'fr')))
    expect((await portfolio(bruno, 'sort=unread')).docs.every((r) => r.unreadByYoungPerson === 0)).toBe(true)
    const bad = await api('/api/cej/portfolio?sort=email', { token: bruno })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Tri inconnu')
    expect((await api('/api/cej/portfolio?page=0', { token: bruno })).status).toBe(400)
    const csv = await fetch(`${process.env.SERVER_URL}/api/cej/portfolio.csv?sort=name`, { headers: { authorization: `JWT ${bruno}` } })
    expect(csv.status).toBe(200)
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe('Bénéficiaire;Situation;Dernière activité;Actions;Messages non lus par les bénéficiaires')
    expect(text).toContain('MALEK Malek;Demandeur d\'emploi;Compte non activé;1;0')
    expect(text).not.toContain('THAM')
  })

  it('« Ajouter un bénéficiaire » : compte créé depuis le numéro de dossier, activé, suivi par le conseiller, lien valable 12 h', async () => {
    const email = `camille.${stamp}@exemple.fr`
    const dossierNumber = `D${stamp}`
    const created = await addBeneficiary(bruno, { dossierNumber, firstName: 'Camille', lastName: 'Camille', email, situation: 'schooling' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'enabled', structure: rouenId, referents: [brunoId], origin: 'staff' })
    const id = created.body.doc.id as number
    // The dossier number and the situation are the young person's CEJ file (issue #16), created with the account.
    expect(created.body.profile).toMatchObject({ account: id, dossierNumber, situation: 'schooling' })
    const files = await payload.find({ collection: 'cej-profiles', where: { account: { equals: id } }, depth: 0, overrideAccess: true })
    expect(files.docs).toHaveLength(1)
    expect(files.docs[0]).toMatchObject({ dossierNumber, situation: 'schooling' })
    const mail = await waitForMail(mailbox, { to: email, contains: 'Choisir mon mot de passe' })
    expect(mail.text).toContain('12 heures')
    const token = /token=([a-f0-9]+)/.exec(mail.text)?.[1]
    // The token stored expires 12 hours after it was issued.
    const stored = (await payload.findByID({ collection: 'accounts', id, showHiddenFields: true, overrideAccess: true, depth: 0 })) as unknown as { resetPasswordToken: string; resetPasswordExpiration: string }
    expect(stored.resetPasswordToken).toBe(token)
    expect(Math.abs(Date.parse(stored.resetPasswordExpiration) - (Date.now() + 12 * HOUR))).toBeLessThan(5 * 60_000)
    // Never logged in: « Compte non activé » and the red banner.
    expect((await portfolio(bruno, `search=Camille`)).docs.find((r) => r.id === id)?.lastActivity).toBe('Compte non activé')
    const sheet = await api(`/api/cej/beneficiaries/${id}/sheet`, { token: bruno })
    expect(sheet.body.banner).toContain("ne s'est pas encore connecté")
    // The link sets the password; the young person logs in; the banner goes.
    expect((await api('/api/accounts/reset-password', { method: 'POST', body: { token, password: 'Camille-2026!' } })).status).toBe(200)
    expect((await accountLogin(email, 'Camille-2026!')).status).toBe(200)
    expect((await api(`/api/cej/beneficiaries/${id}/sheet`, { token: bruno })).body.banner).toBeNull()
  })

  it('le lien d’activation ne vaut plus après 12 h ; « Mot de passe oublié » en envoie un nouveau', async () => {
    const email = `expire.${stamp}@exemple.fr`
    const created = await addBeneficiary(bruno, { dossierNumber: `E${stamp}`, firstName: 'Art', lastName: 'Ur', email })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const mail = await waitForMail(mailbox, { to: email, contains: 'Choisir mon mot de passe' })
    const token = /token=([a-f0-9]+)/.exec(mail.text)?.[1]
    // Twelve hours and a minute later, as stored: the link is refused.
    const stored = (await payload.findByID({ collection: 'accounts', id, showHiddenFields: true, overrideAccess: true, depth: 0 })) as unknown as { resetPasswordExpiration: string }
    // Time moves 12 h 01 min forward: the stored expiry is moved as far back.
    const movedBack = Date.parse(stored.resetPasswordExpiration) - (12 * HOUR + 60_000)
    expect(movedBack).toBeLessThan(Date.now())
    await payload.db.updateOne({ collection: 'accounts', id, data: { resetPasswordExpiration: new Date(movedBack).toISOString() } })
    const late = await api('/api/accounts/reset-password', { method: 'POST', body: { token, password: 'Tard-2026!' } })
    expect(late.status).toBeGreaterThanOrEqual(400)
    expect((await accountLogin(email, 'Tard-2026!')).status).not.toBe(200)
    mailbox.messages.length = 0
    expect((await api('/api/accounts/forgot-password', { method: 'POST', body: { email } })).status).toBe(200)
    const again = await waitForMail(mailbox, { to: email, contains: 'mot de passe' })
    const fresh = /token=([a-f0-9]+)/.exec(again.text)?.[1]
    expect(fresh).toBeTruthy()
    expect(fresh).not.toBe(token)
    expect((await api('/api/accounts/reset-password', { method: 'POST', body: { token: fresh, password: 'Neuf-2026!' } })).status).toBe(200)
    expect((await accountLogin(email, 'Neuf-2026!')).status).toBe(200)
  })

  it('un numéro de dossier déjà connu : 409 en français ; données invalides : 400 nommant le champ', async () => {
    const first = await addBeneficiary(bruno, { dossierNumber: `X${stamp}`, firstName: 'Kenji', lastName: 'Dupont', email: `kenji.${stamp}@exemple.fr` })
    expect(first.status).toBe(201)
    const again = await addBeneficiary(charles, { dossierNumber: `X${stamp}`, firstName: 'Kenji', lastName: 'Autre', email: `kenji2.${stamp}@exemple.fr` })
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain(`numéro de dossier X${stamp} existe déjà`)
    const missing = await addBeneficiary(bruno, { firstName: 'Sans', lastName: 'Dossier', email: `sans.${stamp}@exemple.fr` })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toContain('dossierNumber')
    expect((await addBeneficiary(bruno, { dossierNumber: `Y${stamp}`, firstName: 'A', lastName: 'B', email: 'pas-un-email' })).status).toBe(400)
    expect((await addBeneficiary(bruno, { dossierNumber: `Z${stamp}`, firstName: 'A', lastName: 'B', email: `z.${stamp}@exemple.fr`, structure: 1 })).status).toBe(400)
    expect((await addBeneficiary(await login(staff('employer')), { dossierNumber: `W${stamp}`, firstName: 'A', lastName: 'B', email: `w.${stamp}@exemple.fr` })).status).toBe(403)
  })

  it('un collègue de la même Mission Locale lit la fiche mais ne peut rien écrire (403)', async () => {
    const sheet = await api(`/api/cej/beneficiaries/${sarahId}/sheet`, { token: charles })
    expect(sheet.status).toBe(200)
    expect(sheet.body).toMatchObject({ readOnly: true, mayDelete: false, account: { id: sarahId, firstName: 'Sarah' } })
    expect((await api(`/api/cej/beneficiaries/${sarahId}/sheet`, { token: bruno })).body).toMatchObject({ readOnly: false, mayDelete: true })
    expect((await api(`/api/accounts/${sarahId}?depth=0`, { token: charles })).status).toBe(200)
    // Writes: the account, an action for them, the lifecycle, REST and GraphQL.
    expect((await api(`/api/accounts/${sarahId}`, { method: 'PATCH', token: charles, body: { city: 'Collègue' } })).status).toBe(403)
    const action = await api('/api/actions?depth=0', { method: 'POST', token: charles, body: { account: sarahId, category: 'job', title: 'Par un collègue', dueDate: new Date().toISOString() } })
    expect(action.status).toBe(403)
    expect(JSON.stringify(action.body)).toContain('lecture seule')
    const sarahAction = (await payload.find({ collection: 'actions' as 'users', where: { account: { equals: sarahId } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    expect((await api(`/api/actions/${sarahAction.id}`, { method: 'PATCH', token: charles, body: { title: 'Changée' } })).status).toBe(403)
    expect((await api(`/api/actions/${sarahAction.id}`, { method: 'DELETE', token: charles })).status).toBe(403)
    expect((await api(`/api/accounts/${sarahId}/transitions`, { method: 'POST', token: charles, body: { event: 'DELETE', reason: 'Essai' } })).status).toBe(403)
    // « Inscrire à une animation collective »: refused for a colleague's young person, open to their own counsellor.
    const session = await payload.create({
      collection: 'sessions' as 'users',
      data: { title: `Atelier ${stamp}`, kind: 'workshop', startsAt: new Date(Date.now() + 72 * HOUR).toISOString(), endsAt: new Date(Date.now() + 74 * HOUR).toISOString(), structure: rouenId } as never,
      overrideAccess: true,
    })
    expect((await api(`/api/sessions/${session.id}/registrations`, { method: 'POST', token: charles, body: { accounts: [sarahId] } })).status).toBe(403)
    expect((await api(`/api/sessions/${session.id}/registrations`, { method: 'POST', token: bruno, body: { accounts: [sarahId] } })).status).toBe(200)
    const gql = await graphql(`mutation { updateAccount(id: ${sarahId}, data: { city: "Collègue" }) { id city } }`, {}, charles)
    expect(gql.errors?.length).toBeGreaterThan(0)
    const after = await payload.findByID({ collection: 'accounts', id: sarahId, depth: 0, overrideAccess: true })
    expect(after.city).not.toBe('Collègue')
    // Their own counsellor writes.
    expect((await api(`/api/accounts/${sarahId}`, { method: 'PATCH', token: bruno, body: { city: 'Rouen' } })).status).toBe(200)
    // « Bénéficiaires »: the Mission Locale's young people, others' read-only.
    // Searched by name: other files of the suite add thousands of young people to this Mission Locale.
    const sarahPage = await api('/api/cej/beneficiaries?search=Michel&sort=name', { token: charles })
    expect(sarahPage.status).toBe(200)
    expect((sarahPage.body.docs as Row[]).find((r) => r.id === sarahId)?.readOnly).toBe(true)
    const thamPage = await api('/api/cej/beneficiaries?search=Tham&sort=name', { token: charles })
    expect((thamPage.body.docs as Row[]).find((r) => r.id === thamId)?.readOnly).toBe(false)
  })

  it('une autre Mission Locale ne voit rien, ni en REST ni en GraphQL', async () => {
    expect([403, 404]).toContain((await api(`/api/cej/beneficiaries/${sarahId}/sheet`, { token: caen })).status)
    expect((await api('/api/cej/beneficiaries', { token: caen })).body.docs.map((r: Row) => r.id)).not.toContain(sarahId)
    expect([403, 404]).toContain((await api(`/api/accounts/${sarahId}`, { token: caen })).status)
    expect((await api(`/api/accounts?where[id][equals]=${sarahId}`, { token: caen })).body.docs).toHaveLength(0)
    const list = await graphql(`{ Accounts(where: { id: { equals: ${sarahId} } }) { docs { id } } }`, {}, caen)
    expect(list.data?.Accounts?.docs ?? []).toHaveLength(0)
    const one = await graphql(`{ Account(id: ${sarahId}) { id firstName } }`, {}, caen)
    expect(one.data?.Account ?? null).toBeNull()
    expect((await api(`/api/accounts/${sarahId}`, { method: 'PATCH', token: caen, body: { city: 'Caen' } })).status).toBeGreaterThanOrEqual(403)
    expect((await api(`/api/accounts/${sarahId}/transitions`, { method: 'POST', token: caen, body: { event: 'DELETE', reason: 'Essai' } })).status).toBeGreaterThanOrEqual(403)
  })

  it('la fiche compte les indicateurs d’une semaine préparée', async () => {
    const email = `semaine.${stamp}@exemple.fr`
    const account = await payload.create({
      collection: 'accounts',
      data: { email, password: DEMO_PASSWORD, firstName: 'Semaine', lastName: 'Préparée', birthDate: '2003-01-01', structure: rouenId, referents: [brunoId] } as never,
      overrideAccess: true,
    })
    await payload.create({ collection: 'cej-profiles', data: { account: account.id, dossierNumber: `S${stamp}` }, overrideAccess: true })
    const action = (data: Record<string, unknown>) =>
      payload.create({ collection: 'actions' as 'users', data: { account: account.id, category: 'job', ...data } as never, overrideAccess: true })
    // The week of Monday 9 to Sunday 15 November 2026.
    await action({ title: 'a1', status: 'todo', createdAt: '2026-11-10T09:00:00.000Z', dueDate: '2026-11-12T09:00:00.000Z' })
    await action({ title: 'a2', status: 'done', createdAt: '2026-11-10T09:00:00.000Z', completedAt: '2026-11-13T09:00:00.000Z', dueDate: '2026-11-13T09:00:00.000Z' })
    await action({ title: 'a3', status: 'done', createdAt: '2026-11-02T09:00:00.000Z', completedAt: '2026-11-11T09:00:00.000Z', dueDate: '2026-11-05T09:00:00.000Z' })
    await action({ title: 'a4', status: 'todo', createdAt: '2026-11-11T09:00:00.000Z', dueDate: '2026-11-25T09:00:00.000Z' })
    await action({ title: 'a5', status: 'in-progress', createdAt: '2026-11-01T09:00:00.000Z', dueDate: '2026-11-03T09:00:00.000Z' })
    // Sunday 23:30 in Paris is still the week; Monday 00:30 in Paris is the next one.
    await action({ title: 'a6', status: 'todo', createdAt: '2026-11-15T22:30:00.000Z', dueDate: '2026-11-15T22:30:00.000Z' })
    await action({ title: 'a7', status: 'todo', createdAt: '2026-11-15T23:30:00.000Z', dueDate: '2026-12-25T09:00:00.000Z' })
    await payload.create({
      collection: 'sessions' as 'users',
      data: {
        title: 'Atelier de la semaine',
        kind: 'workshop',
        startsAt: '2026-11-12T13:00:00.000Z',
        endsAt: '2026-11-12T15:00:00.000Z',
        structure: rouenId,
        registrations: [{ account: account.id, status: 'registered', changedAt: '2026-11-01T09:00:00.000Z' }],
      } as never,
      overrideAccess: true,
    })
    const { status, body } = await api(`/api/cej/beneficiaries/${account.id}/sheet?week=2026-11-11`, { token: bruno })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.week.from).toBe('2026-11-08T23:00:00.000Z')
    expect(body.week.to).toBe('2026-11-15T23:00:00.000Z')
    // Created a1 a2 a4 a6; done a2 a3; late a1 a5 a6; due a1 a2 a6.
    expect(body.week.actions).toEqual({ created: 4, done: 2, late: 3, dueThisWeek: 3 })
    expect(body.week.sessions).toBe(1)
    expect(body.week.appointments).toBe(0)
    expect(body.actions).toHaveLength(7)
    expect(body.sessions).toMatchObject([{ title: 'Atelier de la semaine', registration: 'registered' }])
    expect(body.counsellorHistory[0]).toMatchObject({ counsellor: 'Bruno Dumont', current: true })
    expect((await api(`/api/cej/beneficiaries/${account.id}/sheet?week=hier`, { token: bruno })).status).toBe(400)
  })

  it('« Supprimer ce compte » : par son conseiller, avec un motif, via le cycle de vie ; l’identité est effacée', async () => {
    const email = `supprime.${stamp}@exemple.fr`
    const dossierNumber = `DEL${stamp}`
    const created = await addBeneficiary(bruno, { dossierNumber, firstName: 'Jean', lastName: 'Dupont', email })
    const id = created.body.doc.id as number
    const transitions = await api(`/api/accounts/${id}/transitions`, { token: bruno })
    expect(transitions.body.allowed).toContain('DELETE')
    expect((await api(`/api/accounts/${id}/transitions`, { token: charles })).body.allowed ?? []).not.toContain('DELETE')
    const noReason = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: bruno, body: { event: 'DELETE' } })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('reason')
    // Not even an account manager who does not follow them: it is the counsellor's.
    expect((await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: await login(staff('referent-accounts')), body: { event: 'DELETE', reason: 'x' } })).status).toBe(403)
    const deleted = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: bruno, body: { event: 'DELETE', reason: 'Sortie du dispositif' } })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    const stored = (await payload.findByID({ collection: 'accounts', id, depth: 0, overrideAccess: true, showHiddenFields: true })) as unknown as Record<string, unknown>
    expect(stored).toMatchObject({ status: 'deleted', firstName: 'Donnée anonymisée', lastName: 'Donnée anonymisée', email: `anonyme-${id}@anonymise.invalid`, birthDate: null })
    // The dossier number, on the CEJ file (issue #16), goes with the identity.
    const file = (await payload.find({ collection: 'cej-profiles', where: { account: { equals: id } }, depth: 0, overrideAccess: true })).docs[0]
    expect(file).toBeDefined()
    expect(file.dossierNumber ?? null).toBeNull()
    const history = await api(`/api/accounts/${id}/transitions`, { token: bruno })
    expect(history.body.history.at(-1) ?? history.body.history[0]).toBeTruthy()
    expect(JSON.stringify(history.body.history)).toContain('Sortie du dispositif')
    expect(history.body.allowed).toEqual([])
    // Final: gone from the portfolio and the sheet; no login; the dossier can be added again.
    expect((await portfolio(bruno)).docs.map((r) => r.id)).not.toContain(id)
    expect((await api(`/api/cej/beneficiaries/${id}/sheet`, { token: bruno })).status).toBe(404)
    expect((await accountLogin(email)).status).not.toBe(200)
    expect((await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: bruno, body: { event: 'DELETE', reason: 'encore' } })).status).toBe(409)
    // The effect runs from the jobs queue after commit; it shares the queue with bulk operations' batches (up to 15 s each).
    const effectDone = Date.now() + 60_000
    let token: unknown = 'pending'
    while (Date.now() < effectDone && token) {
      token = ((await payload.findByID({ collection: 'accounts', id, depth: 0, overrideAccess: true, showHiddenFields: true })) as unknown as { resetPasswordToken?: string | null }).resetPasswordToken
      if (token) await new Promise((r) => setTimeout(r, 300))
    }
    expect(token).toBeFalsy()
    expect((await addBeneficiary(bruno, { dossierNumber, firstName: 'Jean', lastName: 'Dupont', email: `revenu.${stamp}@exemple.fr` })).status).toBe(201)
  })

  it('Pilotage : actions à qualifier et sessions à clore ; « Enregistrer les actions en non SNP »', async () => {
    const todo = await api('/api/cej/pilotage', { token: bruno })
    expect(todo.status).toBe(200)
    const cv = (todo.body.actionsToQualify as { id: number; title: string; beneficiary: string }[]).find((a) => a.title === 'Faire mon CV')!
    expect(cv).toMatchObject({ beneficiary: 'MARTIN Marie', categoryLabel: 'Emploi' })
    expect(todo.body.counters.actionsToQualify).toBe(todo.body.actionsToQualify.length)
    expect(todo.body.counters.sessionsToClose).toBe(todo.body.sessionsToClose.length)
    // Only their own young people's actions.
    expect((todo.body.actionsToQualify as { title: string }[]).map((a) => a.title)).not.toContain('Visiter un foyer de jeunes travailleurs')
    const marie = await accountId('marie.martin@exemple.fr')
    const pending = await payload.create({ collection: 'actions' as 'users', data: { account: marie, category: 'job', title: 'Pas finie', status: 'todo', dueDate: new Date().toISOString() } as never, overrideAccess: true })
    expect((await api('/api/actions/not-snp', { method: 'POST', token: bruno, body: { actions: [pending.id] } })).status).toBe(409)
    expect((await api('/api/actions/not-snp', { method: 'POST', token: charles, body: { actions: [cv.id] } })).status).toBe(403)
    expect((await api('/api/actions/not-snp', { method: 'POST', token: caen, body: { actions: [cv.id] } })).status).toBe(403)
    expect((await api('/api/actions/not-snp', { method: 'POST', token: bruno, body: { actions: ['x'] } })).status).toBe(400)
    const recorded = await api('/api/actions/not-snp', { method: 'POST', token: bruno, body: { actions: [cv.id] } })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    expect(recorded.body.docs[0].qualification).toMatchObject({ notSnp: true })
    const after = await api('/api/cej/pilotage', { token: bruno })
    expect((after.body.actionsToQualify as { id: number }[]).map((a) => a.id)).not.toContain(cv.id)
    expect(after.body.counters.actionsToQualify).toBe(todo.body.counters.actionsToQualify - 1)
    expect((await api('/api/actions/not-snp', { method: 'POST', token: bruno, body: { actions: [cv.id] } })).status).toBe(409)
    expect((await api(`/api/actions/${cv.id}`, { method: 'PATCH', token: bruno, body: { title: 'Changée' } })).status).toBe(403)
  })
})
