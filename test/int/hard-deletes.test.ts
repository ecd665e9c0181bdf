import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, staff } from '../helpers/api'
import { paragraph, richText } from '../../src/kernel/seed/lexical'
import { closeLocalPayload, localPayload, userByEmail } from '../helpers/payload'

/**
 * A hard delete (REST `DELETE`, by an administrator allowed to) never fails on the database:
 * PostgreSQL would refuse to set a `NOT NULL` key to null (a 500). What belongs to the deleted
 * document goes with it, in the same transaction; what must not vanish silently answers 409,
 * in French, naming it, and then nothing at all is deleted.
 */

const OWNED_BY_ACCOUNT = ['candidate-profiles', 'private-notes', 'programmes', 'sharing-consents', 'actions', 'conversations', 'messages'] as const

describe('Suppression définitive : ce qui appartient au document part avec lui, le reste est nommé (409)', () => {
  let payload: Payload
  let admin: string
  let adminId: number
  let rouen: number
  const stamp = Date.now()
  let seq = 0

  const createAccount = async () => {
    const created = await api('/api/accounts', {
      method: 'POST',
      token: admin,
      body: { email: `suppression.${stamp}.${seq}@exemple.fr`, firstName: 'Jeune', lastName: `Supprime${stamp}x${seq++}`, birthDate: '2003-03-03', structure: rouen },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number
  }

  /** The young person's own records, as the modules write them. */
  const giveOwnRecords = async (account: number) => {
    const system = { overrideAccess: true, depth: 0 } as const
    await payload.create({ collection: 'candidate-profiles', data: { account }, ...system })
    await payload.create({ collection: 'private-notes', data: { account, body: 'Note privée' }, ...system })
    await payload.create({ collection: 'programmes', data: { account, kind: 'cej', status: 'in-progress', structure: rouen } as never, ...system })
    await payload.create({ collection: 'sharing-consents', data: { account, given: true }, ...system })
    await payload.create({ collection: 'actions', data: { account, category: 'job', title: 'Préparer un CV', status: 'todo', dueDate: '2027-01-15T00:00:00.000Z' }, ...system })
    const conversation = await payload.create({ collection: 'conversations', data: { account, counsellor: adminId }, ...system })
    await payload.create({ collection: 'messages', data: { conversation: conversation.id, account, counsellor: adminId, direction: 'to-account', text: 'Bonjour' } as never, ...system })
  }

  const countOf = async (collection: (typeof OWNED_BY_ACCOUNT)[number], account: number) =>
    (await payload.count({ collection, where: { account: { equals: account } }, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    payload = await localPayload()
    admin = await login(staff('admin'))
    adminId = (await userByEmail(payload, staff('admin'))).id as number
    const structures = (await api('/api/structures?where[name][equals]=Mission Locale de Rouen&depth=0', { token: admin })).body.docs
    rouen = structures[0].id
  })
  afterAll(async () => {
    await closeLocalPayload()
  })

  it('Un administrateur supprime un compte : profil, notes privées, dispositifs, consentements, actions, conversation et messages partent avec lui', async () => {
    const account = await createAccount()
    await giveOwnRecords(account)
    for (const collection of OWNED_BY_ACCOUNT) expect(await countOf(collection, account), collection).toBeGreaterThan(0)

    const deleted = await api(`/api/accounts/${account}`, { method: 'DELETE', token: admin })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect(await payload.findByID({ collection: 'accounts', id: account, overrideAccess: true, disableErrors: true })).toBeNull()
    for (const collection of OWNED_BY_ACCOUNT) expect(await countOf(collection, account), collection).toBe(0)
  })

  it('Un compte inscrit à une session collective : 409 en français nommant les inscriptions, et rien n’est supprimé', async () => {
    const account = await createAccount()
    await giveOwnRecords(account)
    await payload.create({
      collection: 'sessions',
      data: { title: `Atelier CV ${stamp}`, kind: 'workshop', startsAt: '2027-02-01T09:00:00.000Z', endsAt: '2027-02-01T11:00:00.000Z', structure: rouen, registrations: [{ account }] } as never,
      overrideAccess: true,
      depth: 0,
    })

    const refused = await api(`/api/accounts/${account}`, { method: 'DELETE', token: admin })
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      'Suppression impossible : des éléments en dépendent encore (Inscriptions (Agenda de la Mission Locale) : 1). Retirez-les ou supprimez-les d’abord.',
    )
    expect(await payload.findByID({ collection: 'accounts', id: account, overrideAccess: true, disableErrors: true })).not.toBeNull()
    for (const collection of OWNED_BY_ACCOUNT) expect(await countOf(collection, account), collection).toBeGreaterThan(0)
  })

  it('Un utilisateur qui a encore des conversations : 409 les nommant ; sans elles, supprimé avec ses lectures d’actualités', async () => {
    const email = `utilisateur.supprime.${stamp}@exemple.fr`
    const created = await api('/api/users', { method: 'POST', token: admin, body: { email, password: 'Supprime-2026!', firstName: 'Utilisateur', lastName: `Supprime${stamp}`, roles: ['counsellor'], structures: [rouen] } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const user = created.body.doc.id as number
    const account = await createAccount()
    const conversation = await payload.create({ collection: 'conversations', data: { account, counsellor: user }, overrideAccess: true, depth: 0 })

    const refused = await api(`/api/users/${user}`, { method: 'DELETE', token: admin })
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(refused.body.errors[0].message).toContain('(Conversations : 1)')
    expect(await payload.findByID({ collection: 'users', id: user, overrideAccess: true, disableErrors: true })).not.toBeNull()

    await payload.delete({ collection: 'conversations', id: conversation.id, overrideAccess: true })
    const news = await payload.create({
      collection: 'news',
      data: { title: `Actualité ${stamp}`, audience: 'structure', structure: rouen, content: richText(paragraph('Texte')) } as never,
      overrideAccess: true,
      depth: 0,
    })
    await payload.create({ collection: 'news-reads', data: { user, news: news.id }, overrideAccess: true, depth: 0 })

    const deleted = await api(`/api/users/${user}`, { method: 'DELETE', token: admin })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect((await payload.count({ collection: 'news-reads', where: { user: { equals: user } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
