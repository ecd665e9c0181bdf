import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { serverURL } from '../helpers/testEnv'
import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'

/**
 * Issue 14 « Mes données »: a young person downloads everything the platform holds on them (JSON
 * and PDF) and asks for erasure, which reaches their counsellor as a request to act on.
 */
describe('« Mes données » : export et demande d’effacement', () => {
  let mailbox: MailCatcher
  let referentAccounts: string
  let counsellor: { id: number; email: string; token: string }
  const stamp = Date.now()
  const alice = { id: 0, email: `donnees.alice.${stamp}@exemple.fr`, token: '' }
  const bruno = { id: 0, email: `donnees.bruno.${stamp}@exemple.fr`, token: '' }

  const createAccount = async (person: typeof alice, firstName: string, referents: number[]) => {
    const rouen = (await api('/api/structures?where[name][equals]=Mission Locale de Rouen&depth=0', { token: referentAccounts })).body.docs[0]
    const created = await api('/api/accounts', {
      method: 'POST',
      token: referentAccounts,
      body: { email: person.email, password: DEMO_PASSWORD, firstName, lastName: 'Donnéesperso', postalCode: '76000', birthDate: '2004-04-04', structure: rouen.id, referents },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    person.id = created.body.doc.id
    person.token = (await api('/api/accounts/login', { method: 'POST', body: { email: person.email, password: DEMO_PASSWORD } })).body.token
  }

  const pdfText = async (path: string, token: string) => {
    const response = await fetch(`${serverURL}${path}`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await response.arrayBuffer())), { mergePages: true })
    return text
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    referentAccounts = await login(staff('referent-accounts'))
    const token = await login(staff('referent-full'))
    const me = (await api('/api/users/me', { token })).body.user
    counsellor = { id: me.id, email: me.email, token }
    await createAccount(alice, 'Alice', [counsellor.id])
    await createAccount(bruno, 'Bruno', [])
    for (const [person, title] of [[alice, `Atelier CV d’Alice ${stamp}`], [bruno, `Atelier secret de Bruno ${stamp}`]] as const) {
      const action = await api('/api/actions', { method: 'POST', token: referentAccounts, body: { account: person.id, category: 'training', title, dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString() } })
      expect(action.status, JSON.stringify(action.body)).toBe(201)
    }
  })

  afterAll(async () => {
    await mailbox?.stop()
  })

  it('le jeune télécharge en JSON son compte et tout ce qui le concerne, rien d’un autre jeune', async () => {
    const { status, body } = await api('/api/accounts/my-data', { token: alice.token })
    expect(status).toBe(200)
    expect(body.account.email).toBe(alice.email)
    const actions = body.sections.find((section: { collection: string }) => section.collection === 'actions')
    expect(actions.label).toBe('Actions')
    expect(actions.docs.map((doc: { title: string }) => doc.title)).toContain(`Atelier CV d’Alice ${stamp}`)
    const text = JSON.stringify(body)
    expect(text).not.toContain(bruno.email)
    expect(text).not.toContain('Atelier secret de Bruno')
    expect(text).not.toMatch(/"hash"|"salt"/)
  })

  it('le même export en PDF, lisible', async () => {
    const text = await pdfText('/api/accounts/my-data.pdf', alice.token)
    expect(text).toContain('Mes données sur Tremplin')
    expect(text).toContain(alice.email)
    expect(text).toContain(`Atelier CV d’Alice ${stamp}`)
    expect(text).not.toContain('Atelier secret de Bruno')
  })

  it('personne d’autre que le jeune connecté ne télécharge « ses données » (anonyme, personnel)', async () => {
    expect((await api('/api/accounts/my-data')).status).toBe(403)
    expect((await api('/api/accounts/my-data.pdf')).status).toBe(403)
    expect((await api('/api/accounts/my-data', { token: counsellor.token })).status).toBe(403)
  })

  let requestId = 0

  it('la demande d’effacement arrive au conseiller du jeune, comme une demande à traiter', async () => {
    const created = await api('/api/erasure-requests?depth=0', { method: 'POST', token: alice.token, body: { message: 'Je ne souhaite plus être suivie.', handledAt: new Date().toISOString(), account: bruno.id } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    requestId = created.body.doc.id
    // The request is the sender's, whatever the body says, and is not handled by its sender.
    expect(created.body.doc.account).toBe(alice.id)
    expect(created.body.doc.handledAt ?? null).toBeNull()
    expect(created.body.doc.referents).toEqual([counsellor.id])
    const mail = await waitForMail(mailbox, { to: counsellor.email, contains: 'Alice Donnéesperso demande l’effacement de ses données' })
    expect(mail.text).toContain('Je ne souhaite plus être suivie.')
    expect(mail.text).toContain(`/admin/collections/erasure-requests/${requestId}`)
    const inApp = await api(`/api/notifications?where[kind][equals]=erasure-request&where[link][contains]=${requestId}&depth=0`, { token: counsellor.token })
    expect(inApp.body.docs).toHaveLength(1)
  })

  it('une deuxième demande tant que la première est ouverte : 409 en français', async () => {
    const again = await api('/api/erasure-requests', { method: 'POST', token: alice.token, body: {} })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/déjà une demande d’effacement en cours/)
  })

  it('un message trop long est refusé (400, champ nommé)', async () => {
    const refused = await api('/api/erasure-requests', { method: 'POST', token: bruno.token, body: { message: 'x'.repeat(2001) } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('message')
  })

  it('un autre jeune, un personnel d’une autre Mission Locale ne voient pas la demande ; le personnel ne peut pas en créer', async () => {
    expect((await api(`/api/erasure-requests/${requestId}`, { token: bruno.token })).status).toBe(404)
    expect((await api('/api/erasure-requests?depth=0', { token: bruno.token })).body.docs).toEqual([])
    const caen = await login(staff('referent-accounts-caen'))
    expect((await api(`/api/erasure-requests/${requestId}`, { token: caen })).status).toBe(404)
    expect([403, 404]).toContain((await api(`/api/erasure-requests/${requestId}`, { method: 'PATCH', token: caen, body: { answer: 'non' } })).status)
    expect((await api('/api/erasure-requests', { method: 'POST', token: counsellor.token, body: {} })).status).toBe(403)
  })

  it('le conseiller la traite et répond ; le jeune lit la réponse mais ne la modifie ni ne la supprime', async () => {
    const handledAt = new Date().toISOString()
    const handled = await api(`/api/erasure-requests/${requestId}`, { method: 'PATCH', token: counsellor.token, body: { handledAt, answer: 'Compte archivé à votre demande.', message: 'réécrit' } })
    expect(handled.status, JSON.stringify(handled.body)).toBe(200)
    expect(handled.body.doc.message).toBe('Je ne souhaite plus être suivie.')
    const seen = await api(`/api/erasure-requests/${requestId}`, { token: alice.token })
    expect(seen.body.answer).toBe('Compte archivé à votre demande.')
    expect((await api(`/api/erasure-requests/${requestId}`, { method: 'PATCH', token: alice.token, body: { answer: 'moi' } })).status).toBe(403)
    expect((await api(`/api/erasure-requests/${requestId}`, { method: 'DELETE', token: alice.token })).status).toBe(403)
    // Handled: the young person may ask again; the export lists both.
    expect((await api('/api/erasure-requests', { method: 'POST', token: alice.token, body: {} })).status).toBe(201)
    const { body } = await api('/api/accounts/my-data', { token: alice.token })
    expect(body.sections.find((section: { collection: string }) => section.collection === 'erasure-requests').docs).toHaveLength(2)
  })
})
