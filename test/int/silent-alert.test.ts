import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, graphql, login, staff } from '../helpers/api'
import { mailText, startTestMailbox, waitForMail } from '../helpers/mail'

/** Seed 003, « Sifflet silencieux et protection du personnel ». */
const run = Date.now()
const PASSWORD = 'Sifflet-2026!'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Person = { id: number; email: string; token?: string }

describe('Sifflet silencieux : prévenir aussitôt les collègues présents de sa structure', () => {
  let mailbox: MailCatcher
  let sms: http.Server
  const received: { to: string; message: string }[] = []
  let smsUrl: string
  let superAdmin: string
  const ids: Record<string, number> = {}
  const people: Record<string, Person> = {}
  let alertId: number

  const structure = async (key: string) => {
    const { status, body } = await api('/api/structures', {
      method: 'POST',
      token: superAdmin,
      body: { name: `Mission Locale ${key} ${run}`, type: 'mission-locale', street: '12 rue du Port', postalCode: '50100', city: 'Cherbourg' },
    })
    if (status !== 201) throw new Error(`Structure non créée : ${status} ${JSON.stringify(body)}`)
    ids[key] = body.doc.id
  }
  const person = async (key: string, structures: string[], { phone, logIn = true }: { phone?: string; logIn?: boolean } = {}) => {
    const email = `sifflet.${key.toLowerCase()}.${run}@exemple.fr`
    const { status, body } = await api('/api/users', {
      method: 'POST',
      token: superAdmin,
      body: { email, password: PASSWORD, firstName: key, lastName: `Sifflet${run}`, roles: ['counsellor'], structures: structures.map((s) => ids[s]), ...(phone ? { phone } : {}) },
    })
    if (status !== 201) throw new Error(`Utilisateur non créé : ${status} ${JSON.stringify(body)}`)
    people[key] = { id: body.doc.id, email, token: logIn ? await login(email, { password: PASSWORD }) : undefined }
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    sms = http.createServer((req, res) => {
      let raw = ''
      req.on('data', (chunk) => (raw += chunk))
      req.on('end', () => {
        received.push(JSON.parse(raw))
        res.writeHead(202).end('{}')
      })
    })
    await new Promise<void>((resolve) => sms.listen(0, '127.0.0.1', resolve))
    smsUrl = `http://127.0.0.1:${(sms.address() as AddressInfo).port}/sms`
    superAdmin = await login(staff('super-admin'))
    await structure('Nord')
    await structure('Sud')
    await person('Alice', ['Nord'], { phone: '0611111111' })
    await person('Bruno', ['Nord'], { phone: '0622222222' })
    await person('Chloe', ['Nord', 'Sud'])
    await person('Denis', ['Nord'], { phone: '0644444444', logIn: false })
    await person('Emma', ['Nord'], { phone: '0655555555' })
    await person('Fabien', ['Sud'], { phone: '0666666666' })
    // Emma logged out: no longer present.
    expect((await api('/api/users/logout', { method: 'POST', token: people.Emma.token })).status).toBe(200)
  })

  afterAll(async () => {
    await mailbox?.stop()
    await new Promise((resolve) => sms?.close(resolve))
  })

  it("tant que la structure ne l'a pas activée, le bouton ne part pas (409)", async () => {
    const refused = await api('/api/silent-alerts/trigger', { method: 'POST', token: people.Alice.token, body: { structure: ids.Nord } })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain("n'est pas activée")
  })

  it('un membre du personnel active l’alerte pour sa structure ; seul le centre de service règle le fournisseur SMS', async () => {
    const elsewhere = await api('/api/silent-alert-settings', { method: 'POST', token: people.Alice.token, body: { structure: ids.Sud, enabled: true } })
    expect(elsewhere.status).toBe(403)
    const enabled = await api('/api/silent-alert-settings', { method: 'POST', token: people.Alice.token, body: { structure: ids.Nord, enabled: true, smsProviderUrl: 'http://169.254.169.254/' } })
    expect(enabled.status).toBe(201)
    const setting = enabled.body.doc.id
    expect((await api(`/api/silent-alert-settings/${setting}`, { token: superAdmin })).body.smsProviderUrl ?? null).toBeNull()
    const provider = await api(`/api/silent-alert-settings/${setting}`, { method: 'PATCH', token: superAdmin, body: { smsProviderUrl: smsUrl } })
    expect(provider.status).toBe(200)
    expect((await api(`/api/silent-alert-settings/${setting}`, { token: people.Fabien.token })).status).toBe(404)
  })

  it("on ne déclenche pas l'alerte pour une autre structure", async () => {
    const other = await api('/api/silent-alerts/trigger', { method: 'POST', token: people.Alice.token, body: { structure: ids.Sud } })
    expect(other.status).toBe(403)
    const bad = await api('/api/silent-alerts/trigger', { method: 'POST', token: people.Alice.token, body: { structure: 'nord' } })
    expect(bad.status).toBe(400)
    const direct = await api('/api/silent-alerts', { method: 'POST', token: people.Alice.token, body: { structure: ids.Nord, sentBy: people.Alice.id } })
    expect(direct.status).toBe(403)
  })

  it('un appui prévient exactement les collègues présents de la structure : pop-up, e-mail et SMS, en nommant qui et où', async () => {
    const sent = await api('/api/silent-alerts/trigger', { method: 'POST', token: people.Alice.token, body: {} })
    expect(sent.status).toBe(201)
    expect(sent.body.recipients).toBe(2)
    alertId = sent.body.doc.id

    for (const who of ['Bruno', 'Chloe']) {
      const mail = await waitForMail(mailbox, { to: people[who].email, contains: `Alice Sifflet${run}` })
      expect(mail.text).toContain(`Mission Locale Nord ${run}, 12 rue du Port, 50100 Cherbourg`)
    }
    await sleep(2500)
    const alerted = mailbox.messages.filter((m) => mailText(m.raw).includes('alerte silencieuse') && mailText(m.raw).includes(`Sifflet${run}`)).flatMap((m) => m.to)
    expect(alerted.sort()).toEqual([people.Bruno.email, people.Chloe.email].sort())

    // The pop-up reads the unread in-app notification.
    const popup = await api('/api/notifications?where[kind][equals]=silent-alert&where[readAt][exists]=false&depth=0', { token: people.Bruno.token })
    expect(popup.body.docs).toHaveLength(1)
    expect(popup.body.docs[0].title).toContain(`Alice Sifflet${run}`)
    expect(popup.body.docs[0].title).toContain(`Mission Locale Nord ${run}`)
    const seen = await api(`/api/notifications/${popup.body.docs[0].id}`, { method: 'PATCH', token: people.Bruno.token, body: { readAt: new Date().toISOString() } })
    expect(seen.status).toBe(200)
    for (const who of ['Fabien', 'Alice']) {
      const none = await api('/api/notifications?where[kind][equals]=silent-alert&depth=0', { token: people[who].token })
      expect(none.body.docs).toHaveLength(0)
    }

    // One SMS: Bruno has a phone, Chloé none; Denis (never logged in) and Emma (logged out) are not there.
    const deadline = Date.now() + 15_000
    while (received.length < 1 && Date.now() < deadline) await sleep(200)
    await sleep(1000)
    expect(received.map((r) => r.to)).toEqual(['0622222222'])
    expect(received[0].message).toContain(`Alice Sifflet${run} a déclenché l'alerte silencieuse à Mission Locale Nord ${run}`)
  })

  it("chaque alerte est enregistrée, lisible par le personnel de la structure seulement (REST et GraphQL)", async () => {
    const record = await api(`/api/silent-alerts/${alertId}?depth=0`, { token: people.Bruno.token })
    expect(record.status).toBe(200)
    expect(record.body).toMatchObject({ structure: ids.Nord, sentBy: people.Alice.id, recipientCount: 2 })
    expect([...record.body.recipients].sort()).toEqual([people.Bruno.id, people.Chloe.id].sort())
    const deadline = Date.now() + 10_000
    while ((await api(`/api/silent-alerts/${alertId}?depth=0`, { token: people.Bruno.token })).body.smsSent !== 1 && Date.now() < deadline) await sleep(300)
    expect((await api(`/api/silent-alerts/${alertId}?depth=0`, { token: people.Bruno.token })).body.smsSent).toBe(1)

    expect((await api(`/api/silent-alerts/${alertId}`, { token: people.Fabien.token })).status).toBe(404)
    const list = await api('/api/silent-alerts?depth=0', { token: people.Fabien.token })
    expect(list.body.docs.filter((d: { id: number }) => d.id === alertId)).toEqual([])
    const gql = await graphql(`{ SilentAlerts(limit: 50) { docs { id } } }`, {}, people.Fabien.token)
    expect((gql.data?.SilentAlerts?.docs ?? []).filter((d: { id: number }) => d.id === alertId)).toEqual([])
    const gqlMine = await graphql(`{ SilentAlerts(limit: 50) { docs { id summary } } }`, {}, people.Bruno.token)
    expect(gqlMine.data.SilentAlerts.docs.map((d: { id: number }) => d.id)).toContain(alertId)

    expect((await api(`/api/silent-alerts/${alertId}`, { method: 'DELETE', token: people.Alice.token })).status).toBe(403)
    expect((await api(`/api/silent-alerts/${alertId}`, { method: 'PATCH', token: people.Alice.token, body: { summary: 'x' } })).status).toBe(403)
  })
})
