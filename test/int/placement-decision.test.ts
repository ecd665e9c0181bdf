import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { notifyAccount } from '../../src/kernel/notifications/notify'
import { api } from '../helpers/api'
import { mailText, startTestMailbox, waitForMail } from '../helpers/mail'
import { closeLocalPayload, localPayload } from '../helpers/payload'
import { serverURL } from '../helpers/testEnv'
import { PEOPLE, asCandidate, asStaff, candidateDocuments, findFirst, transition } from './placement-helpers'

let mailbox: MailCatcher
const stamp = Date.now()
const title = `Offre décision ${stamp}`

const mailsTo = (to: string, contains: string) => mailbox.messages.filter((m) => m.to.includes(to) && mailText(m.raw).includes(contains))

/** A candidature of an autonomous candidate to the test offer, sent then handled by the employer. */
const handledCandidature = async (candidate: string) => {
  const token = await asCandidate(candidate)
  const offer = await findFirst(token, 'offers', `where[title][equals]=${encodeURIComponent(title)}`)
  const created = await api('/api/candidatures', { method: 'POST', token, body: { offer: offer.id, message: 'Bonjour, voici ma candidature.', ...(await candidateDocuments(token)) } })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  expect((await transition(token, 'candidatures', id, 'SUBMIT', { helpRequested: false })).body.status).toBe('sent')
  const employer = await asStaff(PEOPLE.employer)
  expect((await transition(employer, 'candidatures', id, 'HANDLE')).body.status).toBe('handled')
  return { id, employer }
}

/** The account's notifications about the test offer, polled until the effects queue wrote one. */
const decisionNotifications = async (token: string, { atLeast = 1 } = {}) => {
  const deadline = Date.now() + 15_000
  let docs: { id: number; title: string; body: string; link: string; kind: string; readAt: string | null }[] = []
  while (Date.now() < deadline) {
    docs = (await api(`/api/notifications?where[kind][equals]=candidature-decided&where[body][like]=${encodeURIComponent(title)}&depth=0`, { token })).body.docs
    if (docs.length >= atLeast) return docs
    await new Promise((r) => setTimeout(r, 250))
  }
  return docs
}

describe('Atouts pour tous : le candidat apprend la décision du recruteur', () => {
  beforeAll(async () => {
    mailbox = await startTestMailbox()
    const employer = await asStaff(PEOPLE.employer)
    const company = (await api('/api/directory/employers?q=Transports', { token: employer })).body.docs[0]
    const offer = await api('/api/offers', { method: 'POST', token: employer, body: { title, reference: `DEC-${stamp}`, structure: company.id, postalCode: '75012' } })
    expect(offer.status).toBe(201)
  })

  afterAll(async () => {
    await mailbox?.stop()
    await closeLocalPayload()
  })

  let acceptedId = 0

  it("Une candidature retenue : le candidat reçoit un e-mail avec l'issue et un lien vers son espace, construit depuis l'adresse du serveur", async () => {
    const { id, employer } = await handledCandidature(PEOPLE.emma)
    // Handling alone tells the candidate nothing: only the decision does.
    expect(mailsTo(PEOPLE.emma, title)).toHaveLength(0)
    expect((await transition(employer, 'candidatures', id, 'ACCEPT')).body.status).toBe('accepted')
    acceptedId = id
    const mail = await waitForMail(mailbox, { to: PEOPLE.emma, contains: title })
    expect(mail.text).toContain('Votre candidature a été retenue')
    expect(mail.text).toContain('Bonjour Emma,')
    expect(mail.text).toContain(`le recruteur a retenu votre candidature « Candidature à l'offre DEC-${stamp} – ${title} »`)
    expect(mail.text).toContain(`Voir mes candidatures : ${serverURL}/espace-jeune`)
    expect(mail.text).toContain(`href="${serverURL}/espace-jeune"`)
    // The referents hear the outcome as before.
    await waitForMail(mailbox, { to: PEOPLE.referent, contains: `${title} ») a été retenue par le recruteur` })
  })

  it('Le candidat a une notification dans son espace, que lui seul lit et marque comme lue', async () => {
    const emma = await asCandidate(PEOPLE.emma)
    const notifications = await decisionNotifications(emma)
    expect(notifications).toHaveLength(1)
    const [notification] = notifications
    expect(notification.title).toBe('Votre candidature a été retenue')
    expect(notification.link).toBe(`${serverURL}/espace-jeune`)
    expect(notification.readAt).toBeNull()
    expect((await api(`/api/notifications/${notification.id}`, { token: emma })).status).toBe(200)

    // Another candidate, the referent who follows Emma and the recruiter do not see it.
    for (const token of [await asCandidate(PEOPLE.ines), await asStaff(PEOPLE.referent), await asStaff(PEOPLE.employer)]) {
      expect((await api(`/api/notifications/${notification.id}`, { token })).status).toBe(404)
      const list = await api('/api/notifications?limit=100&depth=0', { token })
      expect(list.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(notification.id)
      expect([403, 404]).toContain((await api(`/api/notifications/${notification.id}`, { method: 'PATCH', token, body: { readAt: new Date().toISOString() } })).status)
    }
    expect((await api(`/api/notifications/${notification.id}`)).status).toBe(403)
    expect((await api(`/api/notifications/${notification.id}`, { token: emma })).body.readAt).toBeNull()

    const read = await api(`/api/notifications/${notification.id}`, { method: 'PATCH', token: emma, body: { readAt: new Date().toISOString() } })
    expect(read.status).toBe(200)
    expect(read.body.doc.readAt).toBeTruthy()
    // One decision, one e-mail, even with the effects queue's retries.
    expect(mailsTo(PEOPLE.emma, title)).toHaveLength(1)
    expect(acceptedId).toBeGreaterThan(0)
  })

  it("Une candidature non retenue : le candidat reçoit l'issue par e-mail et dans son espace", async () => {
    const { id, employer } = await handledCandidature(PEOPLE.hugo)
    expect((await transition(employer, 'candidatures', id, 'REJECT')).body.status).toBe('rejected')
    const mail = await waitForMail(mailbox, { to: PEOPLE.hugo, contains: title })
    expect(mail.text).toContain("Votre candidature n'a pas été retenue")
    expect(mail.text).toContain(`Le recruteur n'a pas retenu votre candidature « Candidature à l'offre DEC-${stamp} – ${title} »`)
    expect(mail.text).toContain(`${serverURL}/espace-jeune`)
    const notifications = await decisionNotifications(await asCandidate(PEOPLE.hugo))
    expect(notifications.map((n) => n.title)).toEqual(["Votre candidature n'a pas été retenue"])
    expect(mailsTo(PEOPLE.emma, 'pas été retenue')).toHaveLength(0)
  })

  it('Prévenir deux fois un candidat du même changement ne renvoie ni e-mail ni notification', async () => {
    const payload = await localPayload()
    const req = await createLocalReq({}, payload)
    const { docs } = await payload.find({ collection: 'accounts', where: { email: { equals: PEOPLE.lucas } }, limit: 1, depth: 0, overrideAccess: true })
    const lucas = docs[0]
    const dedupeKey = `test-decision:${stamp}`
    const send = () =>
      notifyAccount({ req, account: lucas, kind: 'candidature-decided', title: `Rappel ${title}`, lines: [`Rappel ${title}`], link: { label: 'Voir', url: `${serverURL}/espace-jeune` }, dedupeKey })
    await send()
    await send()
    await waitForMail(mailbox, { to: PEOPLE.lucas, contains: `Rappel ${title}` })
    await new Promise((r) => setTimeout(r, 500))
    expect(mailsTo(PEOPLE.lucas, `Rappel ${title}`)).toHaveLength(1)
    const { totalDocs } = await payload.count({ collection: 'notifications', where: { recipientAccount: { equals: lucas.id }, title: { equals: `Rappel ${title}` } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
  })
})
