import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, DEMO_PASSWORD, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { serverURL } from '../helpers/testEnv'

/**
 * Seed 002 (Mon Bilan en Ligne), from « Ajouter un conseiller » to « Phase terminée »:
 * one counsellor, one candidate, one phase, seen in the academic activity table and its CSV.
 */
describe('Bilan en ligne : du nouveau conseiller à la phase terminée', () => {
  let mailbox: MailCatcher
  let lunel: number
  const counsellorEmail = `conseiller.${Date.now()}@tremplin.test`
  const counsellorPassword = 'MonNouveauMotDePasse2026!'
  const candidateEmail = `candidat.${Date.now()}@exemple.fr`
  let counsellorId: number
  let candidateId: number
  let bilanId: number
  let phases: { id: number; title: string; order: number }[] = []
  let firstStep: { id: number }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    const token = await login(staff('academic-admin'))
    const { body } = await api('/api/structures?where[name][equals]=Lunel&depth=0', { token })
    lunel = body.docs[0].id
  })

  afterAll(async () => {
    await mailbox?.stop()
  })

  it("Un administrateur académique crée un conseiller en cochant « Notifier l'utilisateur » : le conseiller reçoit un lien pour choisir son mot de passe", async () => {
    const token = await login(staff('academic-admin'))
    const created = await api('/api/users', {
      method: 'POST',
      token,
      body: {
        email: counsellorEmail,
        firstName: 'Cyrille',
        lastName: 'Chausse Fernandes',
        password: 'Temporaire2026!',
        roles: ['counsellor'],
        structures: [lunel],
        notifyNewAccount: true,
      },
    })
    expect(created.status).toBe(201)
    counsellorId = created.body.doc.id
    const mail = await waitForMail(mailbox, { to: counsellorEmail, contains: 'Choisir mon mot de passe' })
    expect(mail.text).toContain('Votre compte Mon Bilan en Ligne a été créé')
    const link = mail.text.match(/https?:\/\/\S+\/admin\/reset\/[^\s"<]+/)?.[0]
    expect(link?.startsWith(`${serverURL}/admin/reset/`)).toBe(true)
    const token2 = decodeURIComponent(link!.split('/admin/reset/')[1])
    const reset = await api('/api/users/reset-password', { method: 'POST', body: { token: token2, password: counsellorPassword } })
    expect(reset.status).toBe(200)
    expect(await login(counsellorEmail, { password: counsellorPassword })).toBeTruthy()
  })

  it("Sans la case cochée, aucun courriel n'est envoyé", async () => {
    const token = await login(staff('academic-admin'))
    const email = `silencieux.${Date.now()}@tremplin.test`
    const created = await api('/api/users', { method: 'POST', token, body: { email, password: 'Temporaire2026!', roles: ['counsellor'], structures: [lunel] } })
    expect(created.status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(mailbox.messages.some((message) => message.to.includes(email))).toBe(false)
  })

  it('Le conseiller crée un candidat puis son bilan avec 4 des 10 phases', async () => {
    const token = await login(counsellorEmail, { password: counsellorPassword })
    const account = await api('/api/accounts', {
      method: 'POST',
      token,
      body: { email: candidateEmail, firstName: 'Zoé', lastName: 'Lopez', structure: lunel, password: DEMO_PASSWORD },
    })
    expect(account.status).toBe(201)
    candidateId = account.body.doc.id
    const list = await api('/api/bilan-phases?sort=order&limit=20&depth=0', { token })
    expect(list.body.docs).toHaveLength(10)
    phases = list.body.docs
    expect(phases[0].title).toBe('Contexte de la demande')
    const chosen = [phases[9], phases[0], phases[5], phases[2]]
    const bilan = await api('/api/bilans', {
      method: 'POST',
      token,
      body: { candidate: candidateId, modality: 'remote', phases: chosen.map((p) => p.id), counsellor: 1 },
    })
    expect(bilan.status).toBe(201)
    bilanId = bilan.body.doc.id
    // The counsellor opens it for themselves, in their DABM; the phases follow the bilan's order.
    expect(bilan.body.doc.counsellor).toMatchObject({ id: counsellorId })
    expect(bilan.body.doc.dabm).toMatchObject({ id: lunel })
    const steps = await api(`/api/bilan-steps?where[bilan][equals]=${bilanId}&sort=order&depth=0`, { token })
    expect(steps.body.docs.map((s: { title: string }) => s.title)).toEqual([phases[0], phases[2], phases[5], phases[9]].map((p) => p.title))
    expect(steps.body.docs.every((s: { status: string }) => s.status === 'not-started')).toBe(true)
    firstStep = steps.body.docs[0]
  })

  it("Le candidat lit la page de la phase 1, enregistre ses réponses au fil de l'eau puis soumet la phase", async () => {
    // Like the candidate would: the e-mail of the new account carries a link to choose a password.
    const mail = await waitForMail(mailbox, { to: candidateEmail, contains: 'Choisir mon mot de passe' })
    const link = mail.text.match(/https?:\/\/\S+\/espace-jeune\/mot-de-passe\?token=[^\s"<]+/)?.[0]
    expect(link?.startsWith(`${serverURL}/espace-jeune/mot-de-passe?token=`)).toBe(true)
    const reset = await api('/api/accounts/reset-password', {
      method: 'POST',
      body: { token: decodeURIComponent(new URL(link!).searchParams.get('token')!), password: 'MonMotDePasseCandidat2026!' },
    })
    expect(reset.status).toBe(200)
    const token = await login(candidateEmail, { collection: 'accounts', password: 'MonMotDePasseCandidat2026!' })
    const mine = await api('/api/bilan-steps?sort=order&depth=1', { token })
    expect(mine.body.docs).toHaveLength(4)
    expect(mine.body.docs[0].phase.title).toBe('Contexte de la demande')
    expect(mine.body.docs[0].phase.content.root.children[0].type).toBe('heading')
    const start = await api(`/api/bilan-steps/${firstStep.id}/transitions`, { method: 'POST', token, body: { event: 'START' } })
    expect(start.status).toBe(200)
    expect(start.body.status).toBe('in-progress')
    const first = await api(`/api/bilan-steps/${firstStep.id}`, { method: 'PATCH', token, body: { answers: { situation: 'Je suis vendeuse en boulangerie depuis 6 ans.' } } })
    expect(first.status).toBe(200)
    const second = await api(`/api/bilan-steps/${firstStep.id}`, {
      method: 'PATCH',
      token,
      body: { answers: { motivation: 'Je souhaite me reconvertir vers un métier du soin.', disponibilite: '2 à 4 heures' } },
    })
    expect(second.status).toBe(200)
    expect(second.body.doc.answers).toEqual({
      situation: 'Je suis vendeuse en boulangerie depuis 6 ans.',
      motivation: 'Je souhaite me reconvertir vers un métier du soin.',
      disponibilite: '2 à 4 heures',
    })
    expect(second.body.doc.answeredQuestions.situation.label).toBe('Décrivez votre situation professionnelle actuelle.')
    const submit = await api(`/api/bilan-steps/${firstStep.id}/transitions`, { method: 'POST', token, body: { event: 'SUBMIT' } })
    expect(submit.status).toBe(200)
    expect(submit.body.status).toBe('submitted')
  })

  it('Le conseiller commente une réponse et termine la phase (« Phase terminée »)', async () => {
    const token = await login(counsellorEmail, { password: counsellorPassword })
    const comment = await api(`/api/bilan-steps/${firstStep.id}`, { method: 'PATCH', token, body: { comments: { motivation: 'Précisez quels métiers du soin vous attirent.' } } })
    expect(comment.status).toBe(200)
    expect(comment.body.doc.comments).toEqual({ motivation: 'Précisez quels métiers du soin vous attirent.' })
    const complete = await api(`/api/bilan-steps/${firstStep.id}/transitions`, { method: 'POST', token, body: { event: 'COMPLETE' } })
    expect(complete.status).toBe(200)
    const history = await api(`/api/bilan-steps/${firstStep.id}/transitions`, { token })
    expect(history.body.state).toBe('completed')
    expect(history.body.label).toBe('Phase terminée')
    expect(history.body.history.map((h: { event: string }) => h.event)).toEqual(['START', 'SUBMIT', 'COMPLETE'])
    expect(history.body.allowed).toEqual(['REOPEN'])
  })

  it("Le tableau d'activité et le CSV de l'administrateur académique montrent exactement cette ligne", async () => {
    const token = await login(staff('academic-admin'))
    const expectedPhases = [phases[0], phases[2], phases[5], phases[9]].map((p) => p.title).join(', ')
    const table = await api(`/api/bilans/activity?counsellor=${counsellorId}`, { token })
    expect(table.status).toBe(200)
    expect(table.body.totalDocs).toBe(1)
    expect(table.body.rows).toEqual([
      {
        bilan: bilanId,
        identifier: candidateId,
        dabm: 'Lunel',
        counsellor: 'Cyrille Chausse Fernandes',
        modality: 'remote',
        phases: expectedPhases,
        completedPhases: 'Contexte de la demande',
        total: 4,
        completed: 1,
      },
    ])
    const csv = await fetch(`${serverURL}/api/bilans/activity.csv?counsellor=${counsellorId}`, { headers: { authorization: `JWT ${token}` } })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8').slice(1)).toBe(
      `Identifiant;DABM;Conseiller;Modalité;Phases;Phase terminée\r\n${candidateId};Lunel;Cyrille Chausse Fernandes;À distance;${expectedPhases};Contexte de la demande\r\n`,
    )
  })

  it('Les statistiques comptent ce candidat dans la phase atteinte, par DABM et modalité', async () => {
    const token = await login(staff('academic-admin'))
    const stats = await api(`/api/bilans/statistics?counsellor=${counsellorId}`, { token })
    expect(stats.status).toBe(200)
    expect(stats.body.rows).toEqual([{ dabm: 'Lunel', modality: 'remote', phase: 'Contexte de la demande', order: 1, candidates: 1 }])
  })
})
