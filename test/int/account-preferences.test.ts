import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { DEMO_PASSWORD, api, login, staff } from '../helpers/api'
import { mailText, startTestMailbox, waitForMail } from '../helpers/mail'

/**
 * Issue 14 « Account »: a young person chooses, per kind, e-mail and/or in-app notifications,
 * as staff already do; the platform honours the choice.
 */
describe('Préférences de notification d’un jeune', () => {
  let mailbox: MailCatcher
  let counsellor: string
  const person = { id: 0, email: `prefs.${Date.now()}@exemple.fr`, token: '' }

  const waitForInApp = async (title: string) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { body } = await api(`/api/notifications?where[title][equals]=${encodeURIComponent(title)}&depth=0`, { token: person.token })
      if (body.docs.length) return body.docs
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(`Pas de notification « ${title} »`)
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    counsellor = await login(staff('referent-accounts'))
    const structures = (await api('/api/structures?where[name][equals]=Mission Locale de Rouen&depth=0', { token: counsellor })).body.docs
    const created = await api('/api/accounts', {
      method: 'POST',
      token: counsellor,
      body: { email: person.email, password: DEMO_PASSWORD, firstName: 'Noa', lastName: 'Préférences', postalCode: '76000', birthDate: '2004-04-04', structure: structures[0].id },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    person.id = created.body.doc.id
    person.token = (await api('/api/accounts/login', { method: 'POST', body: { email: person.email, password: DEMO_PASSWORD } })).body.token
  })

  afterAll(async () => {
    await mailbox?.stop()
  })

  it('tout est coché par défaut', async () => {
    const { body } = await api('/api/accounts/me', { token: person.token })
    expect(body.user.alerts.email).toContain('cej-action')
    expect(body.user.alerts.inApp).toContain('cej-action')
  })

  it('sans l’e-mail pour les actions, le jeune n’a que la notification dans son espace', async () => {
    const saved = await api(`/api/accounts/${person.id}`, { method: 'PATCH', token: person.token, body: { alerts: { email: ['session-registration'], inApp: ['cej-action'] } } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const action = await api('/api/actions?depth=0', { method: 'POST', token: counsellor, body: { account: person.id, category: 'training', title: 'Action sans e-mail', dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString() } })
    expect(action.status).toBe(201)
    const [notification] = await waitForInApp('Une nouvelle action vous attend')
    expect(notification.readAt).toBeNull()
    // deliverOnce sends the e-mail before it writes the row: with the row there, no e-mail is coming.
    expect(mailbox.messages.some((message) => message.to.includes(person.email) && mailText(message.raw).includes('Action sans e-mail'))).toBe(false)
  })

  it('avec l’e-mail seulement, la notification arrive par e-mail et n’attend pas dans l’espace', async () => {
    await api(`/api/accounts/${person.id}`, { method: 'PATCH', token: person.token, body: { alerts: { email: ['cej-action'], inApp: [] } } })
    await api('/api/actions?depth=0', { method: 'POST', token: counsellor, body: { account: person.id, category: 'training', title: 'Action par e-mail', dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString() } })
    await waitForMail(mailbox, { to: person.email, contains: 'Action par e-mail' })
    const notifications = await waitForInApp('Une nouvelle action vous attend')
    const unread = notifications.filter((n: { body: string; readAt: string | null }) => n.body.includes('Action par e-mail') && n.readAt === null)
    expect(unread).toEqual([])
  })

  it('un choix qui n’existe pas est refusé en français', async () => {
    const refused = await api(`/api/accounts/${person.id}`, { method: 'PATCH', token: person.token, body: { alerts: { email: ['n-importe-quoi'] } } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).not.toMatch(/field is invalid/i)
  })
})
