import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { runBulkOperation } from '../../src/kernel/bulk'
import { api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/**
 * Seed 003, « Transferts d'éléments »: the referent of offers and of partners/employers, as bulk
 * operations (202, progress, per-item errors), the manual's impossible transfers refused, the
 * refused unsubscription listing them with the link to their transfer, and another structure
 * that sees and does nothing.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const stamp = Date.now()
let seq = 0

let db: pg.Pool
let superAdmin: string
let admin: string
let caenAdmin: string
let rouen: number
let caen: number
let employer: number
let source: number
let destination: number
let inactive: number
let caenUser: number
const offers: number[] = []
let partner: number

const createUser = async (label: string, structures: number[], roles = ['referent-offers']) => {
  const email = `ref.${label.toLowerCase()}.${stamp}.${seq++}@exemple.fr`
  const created = await api('/api/users', { method: 'POST', token: superAdmin, body: { email, password: 'Referent-2026!', firstName: 'Référent', lastName: `${label}${stamp}`, roles, structures, ignoreDuplicates: true } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { id: created.body.doc.id as number, email }
}

const transfer = (token: string, what: 'offer' | 'partner', body: Record<string, unknown>) =>
  api(`/api/bulk-operations/transfer-${what}-referent`, { method: 'POST', token, body })

const waitUntilFinished = async (id: number, token = admin) => {
  const deadline = Date.now() + 60_000
  for (;;) {
    const { body } = await api(`/api/bulk-operations/${id}?depth=0`, { token })
    if (body.status === 'done' || body.status === 'failed') return body
    if (Date.now() > deadline) throw new Error(`Opération ${id} non terminée : ${JSON.stringify(body)}`)
    await sleep(250)
  }
}

const referentOf = async (table: 'offers' | 'structures', ids: number[]) => {
  const { rows } = await db.query(`SELECT id, referent_id FROM ${table} WHERE id = ANY($1::int[]) ORDER BY id`, [ids])
  return rows.map((row) => Number(row.referent_id))
}

beforeAll(async () => {
  db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 })
  superAdmin = await login(staff('super-admin'))
  admin = await login(staff('admin'))
  const structures = (await api('/api/structures?limit=100&depth=0&sort=id', { token: superAdmin })).body.docs as { id: number; name: string; type: string }[]
  rouen = structures.find((s) => s.type === 'mission-locale' && s.name.includes('Rouen'))!.id
  caen = structures.find((s) => s.type === 'mission-locale' && s.name.includes('Caen'))!.id
  employer = structures.find((s) => s.type === 'employer')!.id
  const caenAdminUser = await createUser('AdminCaen', [caen], ['admin'])
  caenAdmin = await login(caenAdminUser.email, { password: 'Referent-2026!' })
  source = (await createUser('Partant', [rouen])).id
  destination = (await createUser('Repreneur', [rouen])).id
  inactive = (await createUser('Inactif', [rouen])).id
  expect((await api(`/api/users/${inactive}/transitions`, { method: 'POST', token: superAdmin, body: { event: 'DEACTIVATE' } })).status).toBe(200)
  caenUser = (await createUser('Caen', [caen])).id
  for (let i = 0; i < 3; i++) {
    const offer = await api('/api/offers', { method: 'POST', token: superAdmin, body: { title: `Offre référée ${stamp} ${i}`, structure: employer, referent: source, publication: i === 2 ? 'closed' : 'published' } })
    expect(offer.status, JSON.stringify(offer.body)).toBe(201)
    offers.push(offer.body.doc.id)
  }
  const created = await api('/api/structures', { method: 'POST', token: superAdmin, body: { name: `Partenaire référé ${stamp}`, type: 'partner', parent: rouen, referent: source } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  partner = created.body.doc.id
})

afterAll(async () => {
  // Nothing of the demo data was changed: the offers and the partner are this file's own.
  await db?.end()
  await closeLocalPayload()
})

describe('Référent des offres et des partenaires (manuel i-milo, « Transferts d’éléments »)', () => {
  it('le champ Référent existe sur les offres et les partenaires, et se lit en REST comme en GraphQL', async () => {
    expect((await api(`/api/offers/${offers[0]}?depth=0`, { token: superAdmin })).body.referent).toBe(source)
    expect((await api(`/api/structures/${partner}?depth=0`, { token: superAdmin })).body.referent).toBe(source)
    const { data } = await graphql(`query { Offer(id: ${offers[0]}) { referent { id } } }`, {}, superAdmin)
    expect(data?.Offer?.referent?.id).toBe(source)
  })

  it('la désinscription est refusée tant qu’il reste des offres ou des partenaires référés, avec le lien vers chaque transfert', async () => {
    const refused = await api(`/api/users/${source}/transitions`, { method: 'POST', token: admin, body: { event: 'UNSUBSCRIBE' } })
    expect(refused.status).toBe(409)
    const message = refused.body.errors[0].message as string
    expect(message).toContain('3 offres référées')
    expect(message).toContain(`/admin/transferts?from=${source}&elements=offers`)
    expect(message).toContain('1 partenaire ou employeur référé')
    expect(message).toContain(`/admin/transferts?from=${source}&elements=structures`)
  })

  it('une autre structure ne voit ni ne fait rien : ni transfert, ni lecture de l’opération (REST et GraphQL)', async () => {
    const fromCaen = await transfer(caenAdmin, 'offer', { from: source, to: destination, all: true })
    expect(fromCaen.status).toBe(404)
    expect(await referentOf('offers', offers)).toEqual([source, source, source])
    // Rouen's admin cannot hand them to a Caen user either: that user is not in their structures.
    const toCaen = await transfer(admin, 'offer', { from: source, to: caenUser, all: true })
    expect(toCaen.status).toBe(400)
    expect(toCaen.body.errors[0].data.errors[0]).toMatchObject({ path: 'to' })
    // A young person or an anonymous caller: refused before anything is read.
    expect((await transfer('', 'offer', { from: source, to: destination, all: true })).status).toBe(403)
  })

  it('les transferts impossibles du manuel sont refusés en français et rien ne bouge', async () => {
    const merge = await transfer(admin, 'offer', { from: source, to: destination, all: true, into: offers[1] })
    expect(merge.status).toBe(400)
    expect(merge.body.errors[0].data.errors[0].message).toContain('Il n’est pas possible de transférer une offre vers une autre offre')
    const mergePartner = await transfer(admin, 'partner', { from: source, to: destination, all: true, into: partner })
    expect(mergePartner.status).toBe(400)
    expect(mergePartner.body.errors[0].data.errors[0].message).toContain('partenaire vers un autre partenaire')
    const toInactive = await transfer(admin, 'offer', { from: source, to: inactive, all: true })
    expect(toInactive.status).toBe(409)
    expect(toInactive.body.errors[0].message).toContain('actif')
    const toSelf = await transfer(admin, 'offer', { from: source, to: source, all: true })
    expect(toSelf.status).toBe(400)
    const notReferred = await transfer(admin, 'offer', { from: destination, to: source, all: true })
    expect(notReferred.status).toBe(400)
    expect(notReferred.body.errors[0].data.errors[0].message).toContain('référent d’aucune offre')
    const foreignIds = await transfer(admin, 'offer', { from: source, to: destination, ids: [offers[0], 999_999_999] })
    expect(foreignIds.status).toBe(400)
    expect(foreignIds.body.errors[0].data.errors[0]).toMatchObject({ path: 'ids' })
    const neither = await transfer(admin, 'offer', { from: source, to: destination })
    expect(neither.status).toBe(400)
    const onSelf = await transfer(admin, 'offer', { from: Number((await api('/api/users/me', { token: admin })).body.user.id), to: destination, all: true })
    expect(onSelf.status).toBe(403)
    expect(await referentOf('offers', offers)).toEqual([source, source, source])
  })

  it('une offre sélectionnée, puis toutes les autres (même fermées) : 202, progression, fin « Terminée »', async () => {
    const one = await transfer(admin, 'offer', { from: source, to: destination, ids: [offers[0]] })
    expect(one.status, JSON.stringify(one.body)).toBe(202)
    expect(one.body).toMatchObject({ kind: 'transfer-offer-referent', total: 1, status: 'queued' })
    expect(one.body.items).toBeUndefined()
    expect(await waitUntilFinished(one.body.id)).toMatchObject({ status: 'done', done: 1, failed: 0, kindLabel: 'Changement de référent d’offres', itemCollection: 'offers' })
    expect(await referentOf('offers', offers)).toEqual([destination, source, source])

    const rest = await transfer(admin, 'offer', { from: source, to: destination, all: true })
    expect(rest.status).toBe(202)
    expect(rest.body.total).toBe(2)
    expect(await waitUntilFinished(rest.body.id)).toMatchObject({ status: 'done', done: 2, failed: 0 })
    expect(await referentOf('offers', offers)).toEqual([destination, destination, destination])
    // Caen's admin cannot read the operation, by REST or GraphQL.
    expect((await api(`/api/bulk-operations/${rest.body.id}`, { token: caenAdmin })).status).toBe(404)
    const { data } = await graphql(`query { BulkOperations(where: { id: { equals: ${rest.body.id} } }) { docs { id } } }`, {}, caenAdmin)
    expect(data?.BulkOperations?.docs ?? []).toEqual([])
  })

  it('un élément qui a changé entre-temps est une erreur par élément, les autres passent', async () => {
    const payload = await localPayload()
    const adminUser = (await api('/api/users/me', { token: admin })).body.user
    // The operation without its job (the suite's server would run it): the runner below is ours.
    const created = (await payload.create({
      collection: 'bulk-operations' as never,
      data: { kind: 'transfer-offer-referent', params: { from: destination, to: source }, items: [offers[0], offers[1]], position: 0, total: 2, done: 0, failed: 0, errors: [], status: 'queued', createdBy: adminUser.id, structures: [rouen] } as never,
      overrideAccess: true,
    })) as unknown as { id: number }
    await db.query('UPDATE offers SET referent_id = $1 WHERE id = $2', [inactive, offers[1]])
    await runBulkOperation({ payload, id: created.id, budgetMs: Number.POSITIVE_INFINITY })
    const finished = (await api(`/api/bulk-operations/${created.id}?depth=0`, { token: admin })).body
    expect(finished).toMatchObject({ status: 'done', done: 1, failed: 1 })
    expect(finished.errors).toEqual([{ item: offers[1], message: 'Cette offre n’a plus ce référent (supprimée ou déjà transférée).' }])
    expect(await referentOf('offers', offers)).toEqual([source, inactive, destination])
    await db.query('UPDATE offers SET referent_id = $1 WHERE id = ANY($2::int[])', [destination, offers])
  })

  it('le partenaire change de référent ; la désinscription passe alors', async () => {
    const moved = await transfer(admin, 'partner', { from: source, to: destination, ids: [partner] })
    expect(moved.status, JSON.stringify(moved.body)).toBe(202)
    expect(await waitUntilFinished(moved.body.id)).toMatchObject({ status: 'done', done: 1, itemCollection: 'structures' })
    expect(await referentOf('structures', [partner])).toEqual([destination])
    const unsubscribed = await api(`/api/users/${source}/transitions`, { method: 'POST', token: admin, body: { event: 'UNSUBSCRIBE' } })
    expect(unsubscribed.status, JSON.stringify(unsubscribed.body)).toBe(200)
    expect(unsubscribed.body.status).toBe('unsubscribed')
  })
})
