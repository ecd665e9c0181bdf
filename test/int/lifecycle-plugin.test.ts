import pg from 'pg'
import { createLocalReq, getPayload, type Endpoint, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closePool } from '../../src/kernel/db/closePool'
import { approvedNotices, toyConfig } from '../helpers/toyLifecycle'

/**
 * The lifecycle plugin on a minimal config of its own (test/helpers/toyLifecycle.ts): a toy
 * machine bound to a toy collection, on a fresh database of the test cluster. Requests go through
 * the endpoints `bindLifecycle` created, as the REST router calls them.
 */
const DATABASE = 'lifecycle_plugin_toy'
const adminUrl = inject('databaseUrl').replace(/\/[^/]+$/, '/postgres')
const toyUrl = adminUrl.replace(/\/postgres$/, `/${DATABASE}`)

const onAdmin = async (sql: string) => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  await client.query(sql).finally(() => client.end())
}

type User = { id: number; roles: string[]; collection: 'users' }

let payload: Payload
let manager: User
let clerk: User

/** The toy collection is not in the project's generated types. */
const endpoint = (method: 'get' | 'post') =>
  (payload.collections['requests' as 'users'].config.endpoints as Endpoint[]).find((e) => e.path === '/:id/transitions' && e.method === method)!

/** Calls a transitions endpoint as `user`; a thrown error becomes its HTTP status, as Payload's router answers it. */
const call = async (method: 'get' | 'post', user: User, id: number | string, body?: Record<string, unknown>) => {
  const req = await createLocalReq({ user: user as never }, payload)
  req.routeParams = { id: String(id) }
  req.json = async () => body
  try {
    const response = await endpoint(method).handler(req)
    return { status: response.status, body: await response.json() }
  } catch (error) {
    const { status, message, data } = error as { status?: number; message: string; data?: unknown }
    return { status: status ?? 500, body: { message, data } }
  }
}

const newRequest = async () => (await payload.create({ collection: 'requests' as 'users', data: {} as never, overrideAccess: true })).id as number
const history = async (id: number) =>
  (await payload.find({ collection: 'transitions' as 'users', where: { document: { equals: String(id) } }, overrideAccess: true, sort: 'createdAt' })).docs as unknown as Record<string, unknown>[]
const statusOf = async (id: number) => ((await payload.findByID({ collection: 'requests' as 'users', id, overrideAccess: true })) as unknown as { status: string }).status
const effectJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'lifecycle-effect' } }, overrideAccess: true, limit: 100 })).docs

beforeAll(async () => {
  await onAdmin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await onAdmin(`CREATE DATABASE ${DATABASE}`)
  payload = await getPayload({ config: toyConfig(toyUrl), key: 'lifecycle-plugin-toy' })
  const createUser = async (email: string, roles: string[]) => {
    const user = await payload.create({ collection: 'users', data: { email, password: 'Toy-password-2026!', roles } as never, overrideAccess: true })
    return { id: user.id as number, roles, collection: 'users' as const }
  }
  manager = await createUser('manager@toy.test', ['manager'])
  clerk = await createUser('clerk@toy.test', ['clerk'])
})

afterAll(async () => {
  if (payload) {
    await payload.destroy().catch(() => {})
    await closePool(payload)
  }
  await onAdmin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
})

describe('Le plugin cycle de vie, seul, sur une machine jouet', () => {
  it('Une création commence dans l’état initial, quel que soit le statut envoyé', async () => {
    const created = await payload.create({ collection: 'requests' as 'users', data: { status: 'approved' } as never, overrideAccess: true })
    expect((created as unknown as { status: string }).status).toBe('draft')
  })

  it('Un événement permis répond 200 avec le document, écrit ses changements et une ligne d’historique', async () => {
    const id = await newRequest()
    const { status, body } = await call('post', clerk, id, { event: 'SUBMIT', note: 'première' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ id, status: 'submitted', note: 'première' })
    const rows = await history(id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ collection: 'requests', event: 'SUBMIT', from: 'draft', to: 'submitted', data: { note: 'première' } })
    expect(rows[0].actor).toMatchObject({ id: clerk.id })
  })

  it('Un événement que l’état refuse répond 409, en français, sans rien écrire', async () => {
    const id = await newRequest()
    await call('post', clerk, id, { event: 'SUBMIT', note: 'une' })
    const again = await call('post', clerk, id, { event: 'SUBMIT', note: 'deux' })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe("L'action « Soumettre » n'est pas possible depuis le statut « Soumise ».")
    expect(await history(id)).toHaveLength(1)
  })

  it('Un événement que la liaison refuse à cet appelant répond 403 sans rien écrire', async () => {
    const id = await newRequest()
    await call('post', clerk, id, { event: 'SUBMIT', note: 'à valider' })
    const refused = await call('post', clerk, id, { event: 'APPROVE' })
    expect(refused.status).toBe(403)
    expect(refused.body.message).toBe("Vous n'avez pas le droit d'effectuer l'action « Approuver » sur ce document.")
    expect(await statusOf(id)).toBe('submitted')
    expect(await history(id)).toHaveLength(1)
  })

  it('Des données d’événement invalides répondent 400 en nommant le champ, sans rien écrire', async () => {
    const id = await newRequest()
    const missing = await call('post', clerk, id, { event: 'SUBMIT' })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body.data)).toContain('Le champ « Note » est obligatoire.')
    const tooLong = await call('post', clerk, id, { event: 'SUBMIT', note: 'x'.repeat(21) })
    expect(tooLong.status).toBe(400)
    const unknownField = await call('post', clerk, id, { event: 'SUBMIT', note: 'ok', colour: 'bleu' })
    expect(unknownField.status).toBe(400)
    expect(JSON.stringify(unknownField.body.data)).toContain('colour')
    const unknownEvent = await call('post', clerk, id, { event: 'ARCHIVE' })
    expect(unknownEvent.status).toBe(400)
    expect(await statusOf(id)).toBe('draft')
    expect(await history(id)).toHaveLength(0)
  })

  it('Un document inexistant répond 404', async () => {
    expect((await call('post', manager, 999_999, { event: 'APPROVE' })).status).toBe(404)
  })

  it('La liste des actions possibles suit l’appelant, et la sonde de l’événement satisfait la garde', async () => {
    const id = await newRequest()
    await call('post', clerk, id, { event: 'SUBMIT', note: 'à trier' })
    const forManager = await call('get', manager, id)
    expect(forManager.status).toBe(200)
    expect(forManager.body).toMatchObject({ state: 'submitted', label: 'Soumise', allowed: ['APPROVE', 'REJECT'] })
    expect(forManager.body.history).toHaveLength(1)
    expect((await call('get', clerk, id)).body.allowed).toEqual([])
  })

  it('Une transition met son effet en file une seule fois, et l’effet ne s’exécute qu’une fois', async () => {
    const id = await newRequest()
    await call('post', clerk, id, { event: 'SUBMIT', note: 'à approuver' })
    const before = (await effectJobs()).length
    const approved = await call('post', manager, id, { event: 'APPROVE' })
    expect(approved.status).toBe(200)
    expect(approved.body.status).toBe('approved')
    const queued = (await effectJobs()).slice(before)
    expect(queued).toHaveLength(1)
    expect(queued[0].input).toMatchObject({ collection: 'requests', document: String(id), effect: 'notifyApproved' })
    await payload.jobs.run({ queue: 'effects', overrideAccess: true })
    await payload.jobs.run({ queue: 'effects', overrideAccess: true })
    expect(approvedNotices.filter((notice) => notice === id)).toHaveLength(1)
    const [, approval] = await history(id)
    expect(approval).toMatchObject({ event: 'APPROVE', from: 'submitted', to: 'approved', completedEffects: ['notifyApproved'] })
  })
})
