import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { PEOPLE, asCandidate, asStaff, candidateDocuments, findFirst, transition } from './placement-helpers'

const ALL_KINDS = [
  'candidature-awaiting-validation',
  'candidature-sent',
  'candidature-handled',
  'candidature-decided',
  'parrainage-requested',
  'parrainage-validated',
  'follow-up-message',
]

let mailbox: MailCatcher
const title = `Offre alertes ${Date.now()}`

const mailsTo = (to: string, contains: string) => mailbox.messages.filter((m) => m.to.includes(to) && m.raw.includes(contains))

describe('Atouts pour tous : alertes e-mail selon les choix de chacun', () => {
  beforeAll(async () => {
    mailbox = await startTestMailbox()
    // The mission officer keeps in-app notifications but turns off e-mails for candidatures to validate.
    const officer = await asStaff(PEOPLE.missionOfficer)
    const me = await findFirst(officer, 'users', `where[email][equals]=${PEOPLE.missionOfficer}`)
    const changed = await api(`/api/users/${me.id}`, {
      method: 'PATCH',
      token: officer,
      body: { alerts: { email: ALL_KINDS.filter((kind) => kind !== 'candidature-awaiting-validation'), inApp: ALL_KINDS } },
    })
    expect(changed.status).toBe(200)
    const employer = await asStaff(PEOPLE.employer)
    const company = (await api('/api/directory/employers?q=Transports', { token: employer })).body.docs[0]
    const offer = await api('/api/offers', { method: 'POST', token: employer, body: { title, reference: `AL-${Date.now()}`, structure: company.id, postalCode: '75012' } })
    expect(offer.status).toBe(201)
  })

  afterAll(async () => {
    await mailbox?.stop()
  })

  let candidatureId = 0

  it("Une candidature à valider alerte par e-mail le référent, pas le chargé de mission qui l'a refusé", async () => {
    const token = await asCandidate(PEOPLE.ines)
    const offer = await findFirst(token, 'offers', `where[title][equals]=${encodeURIComponent(title)}`)
    const created = await api('/api/candidatures', { method: 'POST', token, body: { offer: offer.id, message: 'Bonjour, candidature pour le test des alertes.', ...(await candidateDocuments(token)) } })
    expect(created.status).toBe(201)
    candidatureId = created.body.doc.id
    expect((await transition(token, 'candidatures', candidatureId, 'SUBMIT')).body.status).toBe('awaiting-validation')
    const mail = await waitForMail(mailbox, { to: PEOPLE.referent, contains: title })
    expect(mail.text).toContain('attend votre validation')
    // The same effect wrote the officer's in-app notification: the e-mail would have gone with it.
    const officer = await asStaff(PEOPLE.missionOfficer)
    const deadline = Date.now() + 10_000
    let notifications: { title: string; body: string; readAt: string | null }[] = []
    while (Date.now() < deadline) {
      notifications = (await api(`/api/notifications?where[body][like]=${encodeURIComponent(title)}`, { token: officer })).body.docs
      if (notifications.length) break
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(notifications).toHaveLength(1)
    expect(notifications[0].readAt).toBeNull()
    expect(mailsTo(PEOPLE.missionOfficer, title)).toHaveLength(0)
  })

  it("La validation alerte l'entreprise destinataire, pas une autre entreprise", async () => {
    const referent = await asStaff(PEOPLE.referent)
    expect((await transition(referent, 'candidatures', candidatureId, 'VALIDATE')).body.status).toBe('sent')
    const mail = await waitForMail(mailbox, { to: PEOPLE.employer, contains: title })
    expect(mail.text).toContain('Nouvelle candidature')
    // The officer chose e-mails for sent candidatures: they hear of it too.
    await waitForMail(mailbox, { to: PEOPLE.missionOfficer, contains: title })
    expect(mailsTo(PEOPLE.employerHotellerie, title)).toHaveLength(0)
  })

  it('Un message de suivi du candidat alerte ses référents ; la réponse du référent est envoyée au candidat', async () => {
    const token = await asCandidate(PEOPLE.ines)
    const body = `Question de suivi ${Date.now()}`
    expect((await api('/api/follow-up-messages', { method: 'POST', token, body: { candidature: candidatureId, body } })).status).toBe(201)
    await waitForMail(mailbox, { to: PEOPLE.referent, contains: body })
    const answer = `Réponse du référent ${Date.now()}`
    const referent = await asStaff(PEOPLE.referent)
    expect((await api('/api/follow-up-messages', { method: 'POST', token: referent, body: { candidature: candidatureId, body: answer } })).status).toBe(201)
    await waitForMail(mailbox, { to: PEOPLE.ines, contains: answer })
    expect(mailsTo(PEOPLE.employer, body)).toHaveLength(0)
  })

  it("Une demande de parrainage validée par le référent alerte l'entreprise demandée, et elle seule", async () => {
    const referent = await asStaff(PEOPLE.referent)
    const hotellerie = (await api('/api/directory/employers?q=Hôtellerie', { token: referent })).body.docs[0]
    const message = `Je souhaite un parrain ${Date.now()}`
    const created = await api('/api/parrainages', { method: 'POST', token: await asCandidate(PEOPLE.ines), body: { employer: hotellerie.id, message } })
    expect(created.status).toBe(201)
    await waitForMail(mailbox, { to: PEOPLE.referent, contains: 'Demande de parrainage' })
    expect(mailsTo(PEOPLE.employerHotellerie, message)).toHaveLength(0)
    expect((await transition(referent, 'parrainages', created.body.doc.id, 'VALIDATE')).body.status).toBe('validated')
    const mail = await waitForMail(mailbox, { to: PEOPLE.employerHotellerie, contains: message })
    expect(mail.text).toContain('parrain')
    expect(mailsTo(PEOPLE.employer, message)).toHaveLength(0)
  })
})
