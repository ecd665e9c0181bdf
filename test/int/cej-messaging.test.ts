import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { mailText, startTestMailbox, waitForMail } from '../helpers/mail'
import { serverURL } from '../helpers/testEnv'

/** Seed 001, « Le module de messagerie » and « Les actualités ». */
const run = Date.now()
const PASSWORD = 'Messagerie-2026!'

type Person = { id: number; email: string; token: string }

const accountLogin = async (email: string) => {
  const { status, body } = await api('/api/accounts/login', { method: 'POST', body: { email, password: PASSWORD } })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} : ${status} ${JSON.stringify(body)}`)
  return body.token as string
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A 1×1 PNG (its magic bytes decide the MIME type). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const pngBlob = () => new Blob([new Uint8Array(PNG)], { type: 'image/png' })

describe('CEJ : messagerie conseiller ↔ bénéficiaires', () => {
  let mailbox: MailCatcher
  let db: pg.Client
  let superAdmin: string
  let rouenId: number
  let caenId: number
  let counsellor: Person
  let colleague: Person
  let caenCounsellor: Person
  const young: Person[] = []

  const createStaff = async (label: string, structure: number): Promise<Person> => {
    const email = `${label.toLowerCase()}.${run}@exemple.fr`
    const created = await api('/api/users', {
      method: 'POST',
      token: superAdmin,
      body: { email, password: PASSWORD, firstName: 'Conseiller', lastName: `${label}${run}`, roles: ['counsellor'], structures: [structure] },
    })
    if (created.status !== 201) throw new Error(`Conseiller non créé : ${created.status} ${JSON.stringify(created.body)}`)
    return { id: created.body.doc.id, email, token: await login(email, { password: PASSWORD }) }
  }

  const createYoung = async (label: string, referent: number, structure = rouenId): Promise<Person> => {
    const email = `${label.toLowerCase()}.${run}@exemple.fr`
    const created = await api('/api/accounts', {
      method: 'POST',
      token: superAdmin,
      body: { email, password: PASSWORD, firstName: label, lastName: `Jeune${run}`, postalCode: '76000', birthDate: '2004-04-04', structure, referents: [referent] },
    })
    if (created.status !== 201) throw new Error(`Compte non créé : ${created.status} ${JSON.stringify(created.body)}`)
    return { id: created.body.doc.id, email, token: await accountLogin(email) }
  }

  const send = (token: string, body: Record<string, unknown>) => api('/api/messages/send', { method: 'POST', token, body })
  const conversationOf = async (token: string, account: number) =>
    (await api(`/api/conversations?where[account][equals]=${account}&depth=0`, { token })).body.docs[0]

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    db = new pg.Client({ connectionString: inject('databaseUrl') })
    await db.connect()
    superAdmin = await login(staff('super-admin'))
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=50&depth=0', { token: superAdmin })).body.docs
    rouenId = structures.find((s: { name: string }) => s.name.includes('Rouen')).id
    caenId = structures.find((s: { name: string }) => s.name.includes('Caen')).id
    counsellor = await createStaff('Conseillere', rouenId)
    colleague = await createStaff('Collegue', rouenId)
    caenCounsellor = await createStaff('Caennais', caenId)
    for (const name of ['Xavier', 'Jeremy', 'Joseph', 'Marie']) young.push(await createYoung(name, counsellor.id))
  })

  afterAll(async () => {
    await mailbox?.stop()
    await db?.end()
  })

  it('un jeune ne lit que ses propres conversations et messages (REST et GraphQL) ; un collègue de la même Mission Locale non plus', async () => {
    const sent = await send(counsellor.token, { accounts: [young[0].id], text: 'Bonjour, je vous partage une offre d’emploi.', links: ['https://www.francetravail.fr/offre/123'] })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const message = sent.body.docs[0]
    expect(message).toMatchObject({ direction: 'to-account', authorUser: counsellor.id, account: young[0].id })
    // The author is a relationship; no name is stored on the message.
    const { rows } = await db.query('SELECT * FROM messages WHERE id = $1', [message.id])
    expect(JSON.stringify(rows[0])).not.toContain('Conseiller')

    const own = await api('/api/conversations?depth=0', { token: young[0].token })
    expect(own.body.docs.map((c: { account: number }) => c.account)).toEqual([young[0].id])
    const read = await api(`/api/messages/${message.id}?depth=0`, { token: young[0].token })
    expect(read.status).toBe(200)
    expect(read.body.authorName).toBe(`Conseiller Conseillere${run}`)
    expect(read.body.readState).toBe('Non lu')
    expect((await api(`/api/messages/${message.id}`, { token: young[0].token })).body.links[0].url).toBe('https://www.francetravail.fr/offre/123')

    for (const token of [young[1].token, colleague.token, caenCounsellor.token, await login(staff('admin'))]) {
      expect((await api(`/api/messages/${message.id}`, { token })).status).toBe(404)
      expect((await api(`/api/conversations/${message.conversation}`, { token })).status).toBe(404)
      expect((await api('/api/messages?limit=100&depth=0', { token })).body.docs.map((m: { id: number }) => m.id)).not.toContain(message.id)
      const gql = await graphql(`query { list: ConversationMessages(limit: 100) { docs { id } } }`, {}, token)
      expect(gql.status, JSON.stringify(gql)).toBe(200)
      expect(gql.data.list.docs.map((m: { id: number }) => m.id)).not.toContain(message.id)
      const byId = await graphql(`query { ConversationMessage(id: ${message.id}) { id text } }`, {}, token)
      expect(byId.status).toBe(200)
      expect(byId.data?.ConversationMessage ?? null).toBeNull()
      expect(byId.errors?.length).toBeGreaterThan(0)
    }
    const mine = await graphql(`query { ConversationMessage(id: ${message.id}) { id text authorName readState } }`, {}, young[0].token)
    expect(mine.errors, JSON.stringify(mine)).toBeUndefined()
    expect(mine.data.ConversationMessage).toMatchObject({ authorName: `Conseiller Conseillere${run}`, readState: 'Non lu' })
    expect(mine.data.ConversationMessage.text).toContain('offre d’emploi')
    // Nobody writes to someone else's young person, nor creates messages through the ordinary routes.
    expect((await send(colleague.token, { accounts: [young[0].id], text: 'Bonjour' })).status).toBe(403)
    expect((await send(young[1].token, { conversation: message.conversation, text: 'Coucou' })).status).toBe(404)
    expect((await api('/api/messages', { method: 'POST', token: counsellor.token, body: { conversation: message.conversation, text: 'x' } })).status).toBe(403)
    const gqlCreate = await graphql(`mutation { createConversationMessage(data: { text: "x", direction: to_account }) { id } }`, {}, young[0].token)
    expect(gqlCreate.status).toBe(200)
    expect(gqlCreate.data?.createConversationMessage ?? null).toBeNull()
    expect(gqlCreate.errors?.length).toBeGreaterThan(0)
  })

  it('le jeune répond à son conseiller, mais ne peut pas joindre de fichier (RGPD, 400 en français)', async () => {
    const reply = await send(young[0].token, { text: 'Merci, je regarde !' })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.docs[0]).toMatchObject({ direction: 'to-counsellor', authorAccount: young[0].id, counsellor: counsellor.id })
    const refused = await send(young[0].token, { text: 'Mon CV', attachments: [1] })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('RGPD')
    expect(JSON.stringify(refused.body)).toContain('attachments')
    const form = new FormData()
    form.append('file', pngBlob(), `cv-${run}.png`)
    const upload = await fetch(`${serverURL}/api/message-attachments`, { method: 'POST', headers: { authorization: `JWT ${young[0].token}` }, body: form })
    expect(upload.status).toBe(403)
  })

  it('une pièce jointe du conseiller n’est servie qu’aux deux participants (fichier compris)', async () => {
    const form = new FormData()
    form.append('file', pngBlob(), `offre-${run}.png`)
    const upload = await fetch(`${serverURL}/api/message-attachments`, { method: 'POST', headers: { authorization: `JWT ${counsellor.token}` }, body: form })
    const uploaded = await upload.json()
    expect(upload.status, JSON.stringify(uploaded)).toBe(201)
    const sent = await send(counsellor.token, { accounts: [young[0].id], text: 'Votre conseiller vous a transmis une nouvelle pièce jointe', attachments: [uploaded.doc.id] })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const path = new URL(uploaded.doc.url, 'http://localhost').pathname
    expect((await api(path, { token: counsellor.token })).status).toBe(200)
    expect((await api(path, { token: young[0].token })).status).toBe(200)
    expect((await api(`/api/message-attachments/${uploaded.doc.id}`, { token: young[0].token })).status).toBe(200)
    for (const token of [young[1].token, colleague.token, caenCounsellor.token, await login(staff('admin')), undefined]) {
      expect([403, 404]).toContain((await api(path, { token })).status)
      expect([403, 404]).toContain((await api(`/api/message-attachments/${uploaded.doc.id}`, { token })).status)
    }
    // A colleague cannot send someone else's file either.
    expect((await send(colleague.token, { accounts: [young[0].id], attachments: [uploaded.doc.id] })).status).toBe(400)
  })

  it('un message à une liste de diffusion arrive une fois dans la conversation de chaque membre', async () => {
    const list = await api('/api/diffusion-lists?depth=0', { method: 'POST', token: counsellor.token, body: { name: 'Atelier CV', members: young.slice(0, 3).map((y) => y.id) } })
    expect(list.status, JSON.stringify(list.body)).toBe(201)
    expect(list.body.doc.owner).toBe(counsellor.id)
    // Only one's own young people, only one's own lists.
    expect((await api('/api/diffusion-lists', { method: 'POST', token: colleague.token, body: { name: 'Pas à moi', members: [young[0].id] } })).status).toBe(400)
    expect((await api(`/api/diffusion-lists/${list.body.doc.id}`, { token: colleague.token })).status).toBe(404)
    expect((await send(colleague.token, { diffusionList: list.body.doc.id, text: 'Intrus' })).status).toBe(404)

    const sent = await send(counsellor.token, { diffusionList: list.body.doc.id, text: `Test multi-destinataire ${run}` })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    expect(sent.body.docs).toHaveLength(3)
    for (const person of young.slice(0, 3)) {
      const conversation = await conversationOf(counsellor.token, person.id)
      const { rows } = await db.query('SELECT count(*)::int AS n FROM messages WHERE conversation_id = $1 AND text = $2', [conversation.id, `Test multi-destinataire ${run}`])
      expect(rows[0].n).toBe(1)
      const own = await api(`/api/messages?where[text][equals]=${encodeURIComponent(`Test multi-destinataire ${run}`)}&depth=0`, { token: person.token })
      expect(own.body.docs).toHaveLength(1)
      expect(own.body.docs[0].account).toBe(person.id)
    }
    expect((await api(`/api/messages?where[text][equals]=${encodeURIComponent(`Test multi-destinataire ${run}`)}`, { token: young[3].token })).body.docs).toHaveLength(0)
    // « Voir les messages envoyés à mes listes de diffusion »
    const history = await api('/api/messages/diffusion', { token: counsellor.token })
    expect(history.body.docs[0]).toMatchObject({ text: `Test multi-destinataire ${run}`, recipients: 3, read: 0, diffusionList: { id: list.body.doc.id, name: 'Atelier CV' } })
    expect((await api('/api/messages/diffusion', { token: colleague.token })).body.docs).toHaveLength(0)
    // Several young people at once, without a list: one message each, one batch.
    const multi = await send(counsellor.token, { accounts: [young[1].id, young[2].id], text: 'Bonjour à tous les deux' })
    expect(multi.body.docs).toHaveLength(2)
    expect(new Set(multi.body.docs.map((m: { batch: string }) => m.batch)).size).toBe(1)
  })

  it('les accusés de lecture ne bougent que quand le lecteur est le destinataire ; épingler est propre à chacun', async () => {
    const sent = await send(counsellor.token, { accounts: [young[1].id], text: 'Lu ou non lu ?' })
    const message = sent.body.docs[0]
    const conversationId = message.conversation
    const before = (await api(`/api/conversations/${conversationId}`, { token: counsellor.token })).body
    expect(before.unreadByAccount).toBeGreaterThan(0)
    // The author opening the conversation marks nothing of theirs read.
    const byAuthor = await api(`/api/conversations/${conversationId}/read`, { method: 'POST', token: counsellor.token })
    expect(byAuthor.status).toBe(200)
    expect((await api(`/api/messages/${message.id}`, { token: counsellor.token })).body.readAt ?? null).toBeNull()
    expect((await api(`/api/conversations/${conversationId}`, { token: counsellor.token })).body.unreadByAccount).toBe(before.unreadByAccount)
    // Nobody else can mark it.
    expect((await api(`/api/conversations/${conversationId}/read`, { method: 'POST', token: young[0].token })).status).toBe(404)
    expect((await api(`/api/conversations/${conversationId}/read`, { method: 'POST', token: colleague.token })).status).toBe(404)
    // readAt is not writable through the ordinary routes, even by the recipient.
    await api(`/api/messages/${message.id}`, { method: 'PATCH', token: young[1].token, body: { readAt: new Date().toISOString() } })
    expect((await api(`/api/messages/${message.id}`, { token: counsellor.token })).body.readAt ?? null).toBeNull()

    const byRecipient = await api(`/api/conversations/${conversationId}/read`, { method: 'POST', token: young[1].token })
    expect(byRecipient.status).toBe(200)
    expect(byRecipient.body.doc.unreadByAccount).toBe(0)
    const after = (await api(`/api/messages/${message.id}`, { token: counsellor.token })).body
    expect(after.readAt).toBeTruthy()
    expect(after.readState).toBe('Lu')

    const pinned = await api(`/api/conversations/${conversationId}/pin`, { method: 'POST', token: counsellor.token, body: { pinned: true } })
    expect(pinned.body.doc).toMatchObject({ pinnedByCounsellor: true, pinnedByAccount: false })
    expect((await api(`/api/conversations/${conversationId}/pin`, { method: 'POST', token: counsellor.token, body: { pinned: 'oui' } })).status).toBe(400)
    const list = (await api('/api/conversations/mine', { token: counsellor.token })).body.docs
    expect(list[0]).toMatchObject({ id: conversationId, pinned: true, with: { id: young[1].id } })
    expect(list.every((row: { with: { name: string } }) => typeof row.with.name === 'string')).toBe(true)
  })

  it('seul l’auteur corrige ou retire son message, dans les 5 minutes ; jamais l’autre partie', async () => {
    const sent = (await send(counsellor.token, { accounts: [young[2].id], text: 'Rendez-vous jeudi' })).body.docs[0]
    const edited = await api(`/api/messages/${sent.id}`, { method: 'PATCH', token: counsellor.token, body: { text: 'Rendez-vous vendredi' } })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.doc.text).toBe('Rendez-vous vendredi')
    // The other side, a colleague: never (REST and GraphQL).
    for (const token of [young[2].token, colleague.token]) {
      expect([403, 404]).toContain((await api(`/api/messages/${sent.id}`, { method: 'PATCH', token, body: { text: 'modifié' } })).status)
      expect([403, 404]).toContain((await api(`/api/messages/${sent.id}`, { method: 'DELETE', token })).status)
      const gql = await graphql(`mutation { updateConversationMessage(id: ${sent.id}, data: { text: "modifié" }) { id } }`, {}, token)
      expect(gql.status).toBe(200)
      expect(gql.errors?.length, JSON.stringify(gql)).toBeGreaterThan(0)
      const gqlDelete = await graphql(`mutation { deleteConversationMessage(id: ${sent.id}) { id } }`, {}, token)
      expect(gqlDelete.errors?.length, JSON.stringify(gqlDelete)).toBeGreaterThan(0)
    }
    expect((await api(`/api/messages/${sent.id}`, { token: counsellor.token })).body.text).toBe('Rendez-vous vendredi')
    // The young person corrects their own message, the counsellor cannot.
    const reply = (await send(young[2].token, { text: 'D’accrod' })).body.docs[0]
    expect((await api(`/api/messages/${reply.id}`, { method: 'PATCH', token: young[2].token, body: { text: 'D’accord' } })).status).toBe(200)
    expect((await api(`/api/messages/${reply.id}`, { method: 'PATCH', token: counsellor.token, body: { text: 'non' } })).status).toBe(403)
    // Past the delay, not even the author.
    await db.query("UPDATE messages SET created_at = now() - interval '6 minutes' WHERE id = $1", [sent.id])
    expect((await api(`/api/messages/${sent.id}`, { method: 'PATCH', token: counsellor.token, body: { text: 'trop tard' } })).status).toBe(403)
    expect((await api(`/api/messages/${sent.id}`, { method: 'DELETE', token: counsellor.token })).status).toBe(403)
    // Within it, the author withdraws it and the counters follow.
    const extra = (await send(counsellor.token, { accounts: [young[2].id], text: 'Message envoyé par erreur' })).body.docs[0]
    const beforeDelete = (await api(`/api/conversations/${extra.conversation}`, { token: counsellor.token })).body.unreadByAccount
    expect((await api(`/api/messages/${extra.id}`, { method: 'DELETE', token: counsellor.token })).status).toBe(200)
    expect((await api(`/api/conversations/${extra.conversation}`, { token: counsellor.token })).body.unreadByAccount).toBe(beforeDelete - 1)
  })

  it('dix messages d’affilée n’envoient qu’un e-mail, et une notification dans l’application', async () => {
    const person = young[3]
    const before = mailbox.messages.filter((m) => m.to.includes(person.email)).length
    const started = Date.now()
    for (let i = 1; i <= 10; i++) expect((await send(counsellor.token, { accounts: [person.id], text: `Message ${i}` })).status).toBe(201)
    // All ten within the batching window (CEJ_MESSAGE_DIGEST_SECONDS=8 in tests), else the case is not the one described.
    expect(Date.now() - started).toBeLessThan(8000)
    const mail = await waitForMail(mailbox, { to: person.email, contains: 'nouveaux messages' })
    expect(mail.text).toContain('10 nouveaux messages')
    // Well past the window: still one.
    await sleep(6000)
    expect(mailbox.messages.filter((m) => m.to.includes(person.email)).length - before).toBe(1)
    const { rows } = await db.query("SELECT count(*)::int AS n FROM notifications WHERE recipient_account_id = $1 AND kind = 'cej-message'", [person.id])
    expect(rows[0].n).toBe(1)
    // The other way: the young person's replies reach the counsellor in one e-mail too.
    const reader = await createStaff('Lecteur', rouenId)
    const writer = await createYoung('Bavard', reader.id)
    for (let i = 1; i <= 3; i++) expect((await send(writer.token, { text: `Réponse ${i}` })).status).toBe(201)
    const toCounsellor = await waitForMail(mailbox, { to: reader.email, contains: 'messages de bénéficiaires' })
    expect(toCounsellor.text).toContain('3 messages de bénéficiaires')
    expect(mailText(toCounsellor.raw)).not.toContain('Réponse 1')
    await sleep(3000)
    expect(mailbox.messages.filter((m) => m.to.includes(reader.email))).toHaveLength(1)
  })

  it('un conseiller qui a décoché l’e-mail pour « Nouveaux messages » n’a que la notification dans l’application', async () => {
    const quiet = await createStaff('Discret', rouenId)
    const me = (await api(`/api/users/${quiet.id}?depth=0`, { token: quiet.token })).body
    const emailKinds = (me.alerts?.email ?? []).filter((kind: string) => kind !== 'cej-message')
    const saved = await api(`/api/users/${quiet.id}`, { method: 'PATCH', token: quiet.token, body: { alerts: { ...me.alerts, email: emailKinds } } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const person = await createYoung('Ecrivain', quiet.id)
    expect((await send(person.token, { text: 'Bonjour, j’ai une question.' })).status).toBe(201)
    const deadline = Date.now() + 20_000
    let rows: { n: number }[] = [{ n: 0 }]
    while (Date.now() < deadline && rows[0].n === 0) {
      await sleep(500)
      rows = (await db.query("SELECT count(*)::int AS n FROM notifications WHERE recipient_user_id = $1 AND kind = 'cej-message'", [quiet.id])).rows
    }
    expect(rows[0].n).toBe(1)
    expect(mailbox.messages.some((m) => m.to.includes(quiet.email))).toBe(false)
  })

  it('une entrée invalide répond 400 en français (ou 403/404) et n’écrit rien, pas même pour les destinataires valides', async () => {
    const count = async () => (await db.query('SELECT count(*)::int AS n FROM messages')).rows[0].n as number
    const before = await count()
    const stranger = await createYoung('Etranger', colleague.id)
    const cases: [Record<string, unknown> | string, number, string][] = [
      [{ accounts: [young[0].id], text: 42 }, 400, 'text'],
      [{ accounts: 'abc', text: 'x' }, 400, 'accounts'],
      [{ accounts: [young[0].id], text: 'x', links: ['javascript:alert(1)'] }, 400, 'links'],
      [{ accounts: [young[0].id], text: '   ' }, 400, 'vide'],
      [{ accounts: [young[0].id], text: 'x', admin: true }, 400, 'Champ inconnu'],
      [{ conversation: 'x', text: 'x' }, 400, 'conversation'],
      [{ diffusionList: 999999, text: 'x' }, 404, 'introuvable'],
      [{ text: 'Sans destinataire' }, 400, 'destinataire'],
      [{ accounts: [young[0].id, stranger.id], text: 'À moitié ?' }, 403, 'portefeuille'],
      ['{"text": "x', 400, 'JSON'],
    ]
    for (const [body, status, expected] of cases) {
      const response = await api('/api/messages/send', { method: 'POST', token: counsellor.token, body })
      expect(response.status, JSON.stringify(body)).toBe(status)
      expect(JSON.stringify(response.body)).toContain(expected)
    }
    expect(await count()).toBe(before)
    const own = (await send(counsellor.token, { accounts: [young[0].id], text: 'À corriger' })).body.docs[0]
    const emptied = await api(`/api/messages/${own.id}`, { method: 'PATCH', token: counsellor.token, body: { text: '' } })
    expect(emptied.status).toBe(400)
    expect(JSON.stringify(emptied.body)).toContain('vide')
    expect((await api('/api/messages/send', { method: 'POST', body: { accounts: [young[0].id], text: 'anonyme' } })).status).toBe(403)
  })

  it('la démo : le conseiller de Rouen retrouve ses conversations', async () => {
    const { rows } = await db.query("SELECT DISTINCT counsellor_id AS id FROM messages WHERE text = 'N’oubliez pas notre rendez-vous de jeudi à 10h.'")
    expect(rows).toHaveLength(1)
    const { rows: users } = await db.query('SELECT email FROM users WHERE id = $1', [rows[0].id])
    const token = await login(users[0].email)
    const mine = (await api('/api/conversations/mine', { token })).body.docs
    expect(mine.length).toBeGreaterThan(0)
    expect(mine[0].pinned).toBe(true)
    expect(mine.some((row: { unread: number }) => row.unread > 0)).toBe(true)
  })

  it('un compte supprimé ou un conseiller désinscrit ne laisse aucune conversation lisible', async () => {
    // An account deleted for good (the state the account machine gains; set directly here).
    const leaving = await createYoung('Partant', counsellor.id)
    const sent = (await send(counsellor.token, { accounts: [leaving.id], text: 'Bonjour' })).body.docs[0]
    expect((await api(`/api/messages/${sent.id}`, { token: counsellor.token })).status).toBe(200)
    // Until the account machine has them, the states exist in the database type only for this test.
    for (const state of ['deleted', 'archived']) await db.query(`ALTER TYPE enum_accounts_status ADD VALUE IF NOT EXISTS '${state}'`)
    await db.query("UPDATE accounts SET status = 'deleted' WHERE id = $1", [leaving.id])
    expect((await api(`/api/messages/${sent.id}`, { token: counsellor.token })).status).toBe(404)
    expect((await api(`/api/conversations/${sent.conversation}`, { token: counsellor.token })).status).toBe(404)
    expect((await api('/api/conversations/mine', { token: counsellor.token })).body.docs.map((c: { id: number }) => c.id)).not.toContain(sent.conversation)
    await db.query("UPDATE accounts SET status = 'archived' WHERE id = $1", [leaving.id])
    expect((await api(`/api/messages/${sent.id}`, { token: counsellor.token })).status).toBe(404)

    // A counsellor unsubscribed (UNSUBSCRIBE, after handing their young people over): erased.
    const departing = await createStaff('Depart', rouenId)
    const followed = await createYoung('Suivi', departing.id)
    const before = (await send(departing.token, { accounts: [followed.id], text: 'Bonjour, je suis votre conseiller.' })).body.docs[0]
    expect((await api(`/api/messages/${before.id}`, { token: followed.token })).status).toBe(200)
    const admin = await login(staff('admin'))
    const transfer = await api(`/api/users/${departing.id}/transfer-accounts`, { method: 'POST', token: admin, body: { to: counsellor.id } })
    expect(transfer.status, JSON.stringify(transfer.body)).toBe(200)
    const unsubscribed = await api(`/api/users/${departing.id}/transitions`, { method: 'POST', token: admin, body: { event: 'UNSUBSCRIBE' } })
    expect(unsubscribed.status, JSON.stringify(unsubscribed.body)).toBe(200)
    expect((await api(`/api/messages/${before.id}`, { token: followed.token })).status).toBe(404)
    expect((await api('/api/conversations?depth=0', { token: followed.token })).body.docs).toHaveLength(0)
    const { rows } = await db.query('SELECT (SELECT count(*)::int FROM conversations WHERE counsellor_id = $1) AS c, (SELECT count(*)::int FROM messages WHERE counsellor_id = $1) AS m', [departing.id])
    expect(rows[0]).toEqual({ c: 0, m: 0 })
  })
})

describe('CEJ : actualités', () => {
  let superAdmin: string
  let admin: string
  let rouenId: number

  beforeAll(async () => {
    superAdmin = await login(staff('super-admin'))
    admin = await login(staff('admin'))
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=50&depth=0', { token: superAdmin })).body.docs
    rouenId = structures.find((s: { name: string }) => s.name.includes('Rouen')).id
  })

  const content = (text: string) => ({
    root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
  })
  const unread = async (token: string) => (await api('/api/news/unread-count', { token })).body.count as number

  it('chaque professionnel lit les actualités publiées pour lui ; un badge compte les non lues', async () => {
    const rouenStaff = await login(staff('referent-full'))
    const caenStaff = await login('referent-accounts-caen@tremplin.test')
    const sarah = (await api('/api/accounts/login', { method: 'POST', body: { email: 'sarah.michel@exemple.fr', password: DEMO_PASSWORD } })).body.token
    const sarahNews = async () => (await api('/api/news?limit=100&depth=0', { token: sarah })).body.docs as { id: number; audience: string }[]
    const [rouenBefore, caenBefore, adminBefore, sarahBefore] = [await unread(rouenStaff), await unread(caenStaff), await unread(admin), await sarahNews()]

    const national = await api('/api/news', { method: 'POST', token: superAdmin, body: { title: `Formez-vous aux nouvelles fonctionnalités ${run}`, content: content('Inscrivez-vous.'), audience: 'all-staff' } })
    expect(national.status, JSON.stringify(national.body)).toBe(201)
    const local = await api('/api/news', { method: 'POST', token: admin, body: { title: `Club utilisateurs de Rouen ${run}`, content: content('Jeudi.'), audience: 'structure', structure: rouenId } })
    expect(local.status, JSON.stringify(local.body)).toBe(201)
    const future = await api('/api/news', { method: 'POST', token: admin, body: { title: `Plus tard ${run}`, content: content('Demain.'), audience: 'structure', structure: rouenId, publishedAt: new Date(Date.now() + 86_400_000).toISOString() } })
    expect(future.status).toBe(201)
    // An admin writes for their structure only, never for all staff; a counsellor writes nothing.
    expect((await api('/api/news', { method: 'POST', token: admin, body: { title: 'Pour tous', content: content('x'), audience: 'all-staff' } })).status).toBe(403)
    expect((await api('/api/news', { method: 'POST', token: rouenStaff, body: { title: 'Moi', content: content('x'), audience: 'structure', structure: rouenId } })).status).toBe(403)

    expect(await unread(rouenStaff)).toBe(rouenBefore + 2)
    expect(await unread(caenStaff)).toBe(caenBefore + 1)
    // The author reads their news planned for later, but it is not counted before its date.
    expect((await api(`/api/news/${future.body.doc.id}`, { token: admin })).status).toBe(200)
    expect(await unread(admin)).toBe(adminBefore + 2)
    const caenList = (await api(`/api/news?limit=100&depth=0`, { token: caenStaff })).body.docs.map((n: { id: number }) => n.id)
    expect(caenList).toContain(national.body.doc.id)
    expect(caenList).not.toContain(local.body.doc.id)
    expect((await api(`/api/news/${future.body.doc.id}`, { token: rouenStaff })).status).toBe(404)

    expect((await api(`/api/news/${local.body.doc.id}/read`, { method: 'POST', token: rouenStaff })).status).toBe(200)
    expect((await api(`/api/news/${local.body.doc.id}/read`, { method: 'POST', token: rouenStaff })).status).toBe(200)
    expect(await unread(rouenStaff)).toBe(rouenBefore + 1)
    expect((await api(`/api/news/${local.body.doc.id}/read`, { method: 'POST', token: caenStaff })).status).toBe(404)
    // Young people read no staff news: the staff news above added nothing to Sarah's list, and all
    // she reads is news for young people (whatever the demo data publishes for them).
    const sarahAfter = await sarahNews()
    expect(sarahAfter).toEqual(sarahBefore)
    expect(sarahAfter.filter((news) => news.audience !== 'young-people')).toEqual([])
    expect((await api('/api/news/unread-count', { token: sarah })).status).toBe(403)
  })

  it('la démo publie des actualités pour les jeunes de la Mission Locale de Rouen : Sarah les lit, pas Yanis (Caen), ni les professionnels dans leur liste', async () => {
    const accountLogin = async (email: string) => (await api('/api/accounts/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })).body.token as string
    const titles = async (token: string) => (await api('/api/news?limit=100&depth=0', { token })).body.docs.map((n: { title: string }) => n.title) as string[]
    const seeded = ['Permis de conduire : des aides pour le financer', 'Job dating de l’alternance à la Mission Locale']
    expect((await titles(await accountLogin('sarah.michel@exemple.fr'))).filter((title) => seeded.includes(title))).toEqual(seeded)
    const [yanis, rouenStaff] = [await titles(await accountLogin('yanis.garcia@exemple.fr')), await titles(await login(staff('referent-full')))]
    for (const title of seeded) {
      expect(yanis).not.toContain(title)
      expect(rouenStaff).not.toContain(title)
    }
  })

  it('une actualité pour les jeunes d’une Mission Locale : ses jeunes la lisent, ceux d’une autre non, et elle ne compte pas dans le badge des professionnels', async () => {
    const rouenStaff = await login(staff('referent-full'))
    const accountLogin = async (email: string) => (await api('/api/accounts/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })).body.token as string
    const sarah = await accountLogin('sarah.michel@exemple.fr')
    const yanis = await accountLogin('yanis.garcia@exemple.fr')
    const newsIds = async (token: string) => (await api('/api/news?limit=100&depth=0', { token })).body.docs.map((n: { id: number }) => n.id) as number[]
    const [rouenBefore, adminBefore, sarahBefore, yanisBefore] = [await unread(rouenStaff), await unread(admin), await newsIds(sarah), await newsIds(yanis)]

    const forYoung = await api('/api/news', { method: 'POST', token: admin, body: { title: `Forum de l’alternance ${run}`, content: content('Mardi à la Mission Locale.'), audience: 'young-people', structure: rouenId } })
    expect(forYoung.status, JSON.stringify(forYoung.body)).toBe(201)
    const later = await api('/api/news', { method: 'POST', token: admin, body: { title: `Jeunes, plus tard ${run}`, content: content('Demain.'), audience: 'young-people', structure: rouenId, publishedAt: new Date(Date.now() + 86_400_000).toISOString() } })
    expect(later.status).toBe(201)
    // The audience names its structure, in French.
    const noStructure = await api('/api/news', { method: 'POST', token: admin, body: { title: 'Sans structure', content: content('x'), audience: 'young-people' } })
    expect(noStructure.status).toBe(400)
    expect(JSON.stringify(noStructure.body)).toContain('Choisissez la structure')

    // Sarah's list gains exactly the published one, newest first; Yanis's (Caen) gains nothing.
    expect(await newsIds(sarah)).toEqual([forYoung.body.doc.id, ...sarahBefore])
    expect((await api(`/api/news/${later.body.doc.id}`, { token: sarah })).status).toBe(404)
    expect(await newsIds(yanis)).toEqual(yanisBefore)
    expect((await api(`/api/news/${forYoung.body.doc.id}`, { token: yanis })).status).toBe(404)
    // Not news for staff: out of their list and their badge; the author still reads it.
    expect((await api(`/api/news/${forYoung.body.doc.id}`, { token: rouenStaff })).status).toBe(404)
    expect(await unread(rouenStaff)).toBe(rouenBefore)
    expect(await unread(admin)).toBe(adminBefore)
    expect((await api(`/api/news/${forYoung.body.doc.id}`, { token: admin })).status).toBe(200)
  })
})
