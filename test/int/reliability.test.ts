import { spawnSync } from 'node:child_process'
import net from 'node:net'
import { createLocalReq } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

// This file's Local API runs on a pool of two connections: any permission check that takes a
// second connection while a transition's transaction holds the first deadlocks at once.
process.env.DB_POOL_SIZE = '2'

import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { performTransition } from '../../plugins/lifecycle'
import { closeLocalPayload, localPayload, userByEmail } from '../helpers/payload'
import { serverURL } from '../helpers/testEnv'

/** More parallel requests than the suite server's pool (DB_POOL_SIZE=20, test/helpers/testEnv.ts). */
const BEYOND_POOL = 45
/** A request that has not answered by then is hung, not slow. */
const ANSWER_WITHIN_MS = 20_000

const post = (path: string, token: string, body: unknown) =>
  fetch(`${serverURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  }).then((response) => response.status)

const structureNamed = async (token: string, name: string) =>
  (await api(`/api/structures?where[name][equals]=${encodeURIComponent(name)}&depth=0`, { token })).body.docs[0].id as number

afterAll(async () => {
  await closeLocalPayload()
})

describe('Fiabilité : des transitions concurrentes ne figent jamais le serveur (issue #10)', () => {
  it(`${BEYOND_POOL} ENABLE simultanés sur un compte (plus que le pool) : tous répondent, un 200 et des 409, puis /readyz répond`, async () => {
    const email = `concurrence.${Date.now()}@exemple.fr`
    const created = await api('/api/accounts', {
      method: 'POST',
      body: { email, password: 'MotDePasse-2026!', firstName: 'Noa', lastName: 'Concurrence', postalCode: '76100', birthDate: '2004-05-06' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const token = await login(staff('referent-accounts'))
    const statuses = await Promise.all(
      Array.from({ length: BEYOND_POOL }, () => post(`/api/accounts/${created.body.doc.id}/transitions`, token, { event: 'ENABLE' })),
    )
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(BEYOND_POOL - 1)
    const ready = await fetch(`${serverURL}/readyz`, { signal: AbortSignal.timeout(5000) })
    expect(ready.status).toBe(200)
  })

  it(`${BEYOND_POOL} inscriptions simultanées à une session de 5 places : toutes répondent, 5 inscrits exactement`, async () => {
    const token = await login(staff('referent-accounts'))
    const rouen = await structureNamed(await login(staff('super-admin')), 'Mission Locale de Rouen')
    // The people are created a few at a time: what is under test is the registrations below.
    const people: number[] = []
    for (let i = 0; i < BEYOND_POOL; i++) {
      const { status, body } = await api('/api/accounts', {
        method: 'POST',
        token,
        body: { email: `place.${Date.now()}.${i}@exemple.fr`, firstName: 'Lou', lastName: `Place${i}`, postalCode: '76000', birthDate: '2004-04-04', structure: rouen },
      })
      expect(status, JSON.stringify(body)).toBe(201)
      people.push(body.doc.id as number)
    }
    const at = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
    const session = await api('/api/sessions', {
      method: 'POST',
      token,
      body: { title: 'Atelier très demandé', kind: 'workshop', startsAt: at(48), endsAt: at(50), structure: rouen, visible: true, capacity: 5 },
    })
    expect(session.status, JSON.stringify(session.body)).toBe(201)
    const statuses = await Promise.all(people.map((id) => post(`/api/sessions/${session.body.doc.id}/registrations`, token, { accounts: [id] })))
    expect(statuses.filter((s) => s === 200)).toHaveLength(5)
    expect(statuses.filter((s) => s === 409)).toHaveLength(BEYOND_POOL - 5)
    expect((await api(`/api/sessions/${session.body.doc.id}`, { token })).body.registrations).toHaveLength(5)
  })

  it('pool de 2 connexions, 12 transitions simultanées par l’API locale : toutes aboutissent (200 ou 409) en quelques secondes', async () => {
    const payload = await localPayload()
    const referent = await userByEmail(payload, staff('referent-accounts'))
    const created = await api('/api/accounts', {
      method: 'POST',
      body: { email: `pool.${Date.now()}@exemple.fr`, password: 'MotDePasse-2026!', firstName: 'Ali', lastName: 'Pool', postalCode: '76100', birthDate: '2004-05-06' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const attempt = async () => {
      const req = await createLocalReq({ user: referent as never }, payload)
      return performTransition({ req, collection: 'accounts', id: created.body.doc.id, event: { type: 'ENABLE' } }).then(
        () => 200,
        (error: { status?: number }) => error.status ?? 500,
      )
    }
    const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ANSWER_WITHIN_MS).unref())
    const outcome = await Promise.race([Promise.all(Array.from({ length: 12 }, attempt)), hung])
    expect(outcome).not.toBe('hung')
    const statuses = outcome as number[]
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(11)
  })

  it('une transaction laissée ouverte est close par PostgreSQL, une connexion attendue a une limite', async () => {
    const payload = await localPayload()
    const pool = (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Record<string, string>[] }>; options: { connectionTimeoutMillis?: number } } }).pool
    const { rows } = await pool.query('SHOW idle_in_transaction_session_timeout')
    expect(rows[0].idle_in_transaction_session_timeout).toBe('30s')
    expect(pool.options.connectionTimeoutMillis).toBeGreaterThan(0)
  })
})

describe('Sécurité : identifiants de session, secret, en-têtes (issue #10)', () => {
  it('un membre du personnel dont l’id égale celui d’un compte ne lit pas les sessions du jeune (REST, GraphQL, profondeur)', async () => {
    const payload = await localPayload()
    const superAdmin = await userByEmail(payload, staff('super-admin'))
    // Ids of users and accounts overlap: the young person whose account id is the super-admin's.
    const account = await payload.findByID({ collection: 'accounts', id: superAdmin.id, depth: 0, overrideAccess: true })
    await payload.update({
      collection: 'accounts',
      id: account.id,
      data: { sessions: [{ id: 'session-du-jeune', createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 3600_000).toISOString() }] } as never,
      overrideAccess: true,
      depth: 0,
    })
    const stored = await payload.findByID({ collection: 'accounts', id: account.id, depth: 0, overrideAccess: true, showHiddenFields: true })
    expect(JSON.stringify(stored)).toContain('session-du-jeune')
    const token = await login(staff('super-admin'))
    // Payload answers a refused array field as `[]`: what matters is that no session id leaves.
    const rest = await api(`/api/accounts/${account.id}?depth=0`, { token })
    expect(rest.status).toBe(200)
    expect(rest.body.sessions ?? []).toEqual([])
    const list = await api(`/api/accounts?where[id][equals]=${account.id}&depth=0`, { token })
    expect(list.body.docs[0].sessions ?? []).toEqual([])
    const viaGraphql = await graphql(`query ($id: Int!) { Account(id: $id) { id sessions { id } } }`, { id: account.id }, token)
    expect(JSON.stringify(viaGraphql)).not.toContain('session-du-jeune')
    // Through depth: a transition's young person, a session's registrations… populate the account.
    const transitions = await api(`/api/transitions?where[actorAccount][exists]=true&depth=2&limit=100`, { token })
    expect(JSON.stringify(transitions.body)).not.toContain('session-du-jeune')
  })

  it('le jeune lit toujours ses propres sessions', async () => {
    const { status, body } = await api('/api/accounts/login', { method: 'POST', body: { email: 'sarah.michel@exemple.fr', password: DEMO_PASSWORD } })
    expect(status).toBe(200)
    const me = await api('/api/accounts/me', { token: body.token })
    expect(me.body.user.sessions.length).toBeGreaterThan(0)
  })

  it('une réponse de l’API à un appel connecté n’est pas mise en cache', async () => {
    const token = await login(staff('referent-accounts'))
    const { headers } = await api('/api/accounts?limit=1', { token })
    expect(headers.get('cache-control')).toBe('no-store')
    expect(headers.get('x-powered-by')).toBeNull()
  })

  it.each([
    ['sans PAYLOAD_SECRET', {}],
    ['avec le secret de développement', { PAYLOAD_SECRET: 'tremplin-dev-secret-change-me-in-production' }],
    ['avec un secret trop court', { PAYLOAD_SECRET: 'court' }],
  ])('en production, le serveur refuse de démarrer %s et dit quoi faire', (_case, secret) => {
    const { PAYLOAD_SECRET: _inherited, ...inherited } = process.env
    const started = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/host/server.ts'], {
      env: { ...inherited, ...secret, NODE_ENV: 'production', PORT: '3199', DATABASE_URL: 'postgres://personne@127.0.0.1:1/rien' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(started.status).toBe(1)
    expect(started.stderr).toContain('PAYLOAD_SECRET manquant ou trop faible')
  })
})

describe('Connexions persistantes : le serveur ferme une connexion inactive après ses clients, jamais avant', () => {
  /** Two requests on one raw socket, `idleMs` apart: what a keep-alive client does between two calls. */
  const twoRequestsOnOneSocket = (idleMs: number) =>
    new Promise<{ first: string; second: string }>((resolve, reject) => {
      const { hostname, port } = new URL(serverURL)
      const socket = net.connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname)
      const answers: string[] = []
      let buffer = ''
      const request = `GET /healthz HTTP/1.1\r\nHost: ${hostname}\r\nConnection: keep-alive\r\n\r\n`
      socket.setEncoding('utf8')
      socket.on('data', (chunk: string) => {
        buffer += chunk
        if (!/\r\n\r\n[\s\S]*\}/.test(buffer)) return
        answers.push(buffer)
        buffer = ''
        if (answers.length === 1) setTimeout(() => socket.write(request), idleMs)
        else {
          socket.end()
          resolve({ first: answers[0], second: answers[1] })
        }
      })
      socket.on('close', () => answers.length < 2 && reject(new Error(`Connexion fermée par le serveur après ${answers.length} réponse(s)`)))
      socket.on('error', reject)
      socket.write(request)
    })

  it('annonce 65 s et sert une deuxième requête sur la même connexion après 6 s d’inactivité (Node ferme à 5 s par défaut)', async () => {
    const { first, second } = await twoRequestsOnOneSocket(6_000)
    expect(first).toMatch(/^keep-alive: timeout=65$/im)
    expect(second).toMatch(/^HTTP\/1\.1 200/)
  }, 20_000)
})
