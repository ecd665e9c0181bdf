import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, DEMO_PASSWORD, graphql, login, staff } from '../helpers/api'
import { startExtraServer, type ExtraServer } from '../helpers/extraServer'
import { freshLoopbackAddress, fromAddress } from '../helpers/fromAddress'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { closeLocalPayload, localPayload } from '../helpers/payload'
import { serverURL, TEST_ENV } from '../helpers/testEnv'

/**
 * Limits, lockout and what anonymous callers learn. The suite's server runs with huge limits, so
 * the limits are checked on a second app process of this file's own, on the same database, with
 * low limits and the default proxy setting (`TRUST_PROXY` unset: no proxy trusted). Each test acts
 * from loopback addresses of its own (127.x.y.z, real client addresses, not `X-Forwarded-For`),
 * so counters left by other tests never meet it.
 */
const ANONYMOUS_WRITES = 5
const LOGINS = 8
const MAX_ATTEMPTS = 5

let limited: ExtraServer
let mailbox: MailCatcher

beforeAll(async () => {
  mailbox = await startTestMailbox()
  limited = await startExtraServer({
    port: Number(process.env.TEST_LIMITS_PORT ?? TEST_ENV.port + 1000),
    env: {
      RATE_LIMIT_ANONYMOUS_WRITES: String(ANONYMOUS_WRITES),
      RATE_LIMIT_LOGIN: String(LOGINS),
      RATE_LIMIT_WINDOW_MS: String(10 * 60 * 1000),
      LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      TRUST_PROXY: undefined,
    },
  })
})

afterAll(async () => {
  await limited?.stop()
  await mailbox?.stop()
  await closeLocalPayload()
})

/** An anonymous write (an Instant-T submission, refused or not: every one counts). */
const anonymousWrite = (from: ReturnType<typeof fromAddress>, base: string, headers: Record<string, string> = {}) =>
  from(`${base}/api/instant-t`, { method: 'POST', body: {}, headers })

const useUpAnonymousWrites = async (from: ReturnType<typeof fromAddress>, count = ANONYMOUS_WRITES) => {
  for (let i = 0; i < count; i++) expect((await anonymousWrite(from, limited.url)).status).not.toBe(429)
}

describe('Limite des écritures anonymes', () => {
  it('Un faux en-tête Authorization ou un faux cookie ne lève pas la limite ; un vrai jeton, si', async () => {
    const client = fromAddress(freshLoopbackAddress())
    await useUpAnonymousWrites(client)
    const refused = await anonymousWrite(client, limited.url)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toContain('réessayez dans quelques minutes')
    const forged = await new SignJWT({ id: 1, collection: 'users' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode('un-autre-secret'))
    const fakes: Record<string, string>[] = [
      { authorization: 'JWT not-a-token' },
      { authorization: 'Bearer nothing' },
      { cookie: 'payload-token=x' },
      { authorization: `JWT ${forged}` },
    ]
    for (const headers of fakes) {
      expect((await anonymousWrite(client, limited.url, headers)).status, JSON.stringify(headers)).toBe(429)
    }
    const token = await login(staff('super-admin'))
    expect((await anonymousWrite(client, limited.url, { authorization: `JWT ${token}` })).status).not.toBe(429)
    expect((await anonymousWrite(client, limited.url, { cookie: `payload-token=${token}` })).status).not.toBe(429)
  })

  it('Le compteur est en base : les demandes reçues par une autre instance comptent', async () => {
    const client = fromAddress(freshLoopbackAddress())
    for (let i = 0; i < 3; i++) expect((await anonymousWrite(client, serverURL)).status).not.toBe(429)
    await useUpAnonymousWrites(client, ANONYMOUS_WRITES - 3)
    expect((await anonymousWrite(client, limited.url)).status).toBe(429)
  })

  it('Sans proxy déclaré (TRUST_PROXY), X-Forwarded-For ne change pas l’adresse comptée', async () => {
    const client = fromAddress(freshLoopbackAddress())
    await useUpAnonymousWrites(client)
    expect((await anonymousWrite(client, limited.url, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429)
    expect((await anonymousWrite(client, limited.url, { 'x-tremplin-client-ip': '203.0.113.8' })).status).toBe(429)
  })
})

describe('Limite des connexions', () => {
  const loginUser = (email: string) => `mutation { loginUser(email: "${email}", password: "mauvais") { token } }`

  it('GraphQL (loginUser, forgotPasswordUser) est soumis à la même limite par adresse que REST', async () => {
    const client = fromAddress(freshLoopbackAddress())
    for (let i = 0; i < LOGINS; i++) {
      const attempt = await client(`${limited.url}/api/users/login`, { method: 'POST', body: { email: `inconnu.${i}.${Date.now()}@exemple.fr`, password: 'mauvais' } })
      expect(attempt.status).toBe(401)
    }
    const viaGraphql = await client(`${limited.url}/api/graphql`, {
      method: 'POST',
      body: { query: loginUser(`autre.${Date.now()}@exemple.fr`) },
      headers: { authorization: 'JWT not-a-token' },
    })
    expect(viaGraphql.body.errors?.[0]?.message, JSON.stringify(viaGraphql.body)).toContain('Trop de tentatives de connexion depuis cette adresse')
    expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(429)
    const forgot = await client(`${limited.url}/api/graphql`, { method: 'POST', body: { query: `mutation { forgotPasswordUser(email: "${staff('admin')}") }` } })
    expect(forgot.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(forgot.body)).toBe(429)
    const rest = await client(`${limited.url}/api/users/login`, { method: 'POST', body: { email: staff('admin'), password: DEMO_PASSWORD }, headers: { 'x-tremplin-client-ip': '198.51.100.2' } })
    expect(rest.status).toBe(429)
    expect(rest.body.errors[0].message).toContain('réessayez dans quelques minutes')
  })

  it('Cinq mauvais mots de passe depuis une adresse bloquent cette adresse pour cet e-mail, pas le compte pour les autres', async () => {
    const email = staff('employer')
    const attacker = fromAddress(freshLoopbackAddress())
    const owner = fromAddress(freshLoopbackAddress())
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect((await attacker(`${limited.url}/api/users/login`, { method: 'POST', body: { email, password: `mauvais-${i}` } })).status).toBe(401)
    }
    const locked = await attacker(`${limited.url}/api/users/login`, { method: 'POST', body: { email, password: DEMO_PASSWORD } })
    expect(locked.status).toBe(429)
    expect(locked.body.errors[0].message).toContain('bloquée 10 minutes')
    const fromElsewhere = await owner(`${limited.url}/api/users/login`, { method: 'POST', body: { email, password: DEMO_PASSWORD } })
    expect(fromElsewhere.status, JSON.stringify(fromElsewhere.body)).toBe(200)
    expect(fromElsewhere.body.token).toBeTruthy()
    // The owner's success clears the owner's own address only.
    expect((await attacker(`${limited.url}/api/users/login`, { method: 'POST', body: { email, password: DEMO_PASSWORD } })).status).toBe(429)
  })
})

describe('Ce qu’apprend un appelant anonyme', () => {
  it('L’introspection GraphQL est refusée sans connexion, permise connecté', async () => {
    const query = '{ __schema { queryType { name } } }'
    const anonymous = await graphql(query)
    expect(anonymous.data?.__schema).toBeUndefined()
    expect(anonymous.errors?.[0]?.message).toContain('Connectez-vous')
    const typeQuery = await graphql('{ __type(name: "User") { name } }')
    expect(typeQuery.errors?.[0]?.message).toContain('Connectez-vous')
    const token = await login(staff('referent-accounts'))
    expect((await graphql(query, {}, token)).data?.__schema.queryType.name).toBe('Query')
  })

  it('Une pré-inscription avec l’e-mail d’un compte existant (mineur) répond comme une nouvelle, n’écrit rien et prévient le titulaire', async () => {
    const email = `mineur.${Date.now()}@exemple.fr`
    const minor = {
      password: 'MotDePasse-2026!',
      firstName: 'Lina',
      lastName: 'Martin',
      postalCode: '76100',
      birthDate: `${new Date().getFullYear() - 15}-03-04`,
      familyContact: { name: 'Sophie Martin', relationship: 'Mère', phone: '0601020304' },
    }
    const first = await api('/api/accounts', { method: 'POST', body: { ...minor, email } })
    expect(first.status, JSON.stringify(first.body)).toBe(201)

    const superAdmin = await login(staff('super-admin'))
    const countAccounts = async (where = '') => (await api(`/api/accounts?limit=1&depth=0${where}`, { token: superAdmin })).body.totalDocs as number
    const before = await countAccounts()
    const again = await api('/api/accounts', { method: 'POST', body: { ...minor, firstName: 'Autre', email: ` ${email.toUpperCase()} ` } })
    expect(again.status, JSON.stringify(again.body)).toBe(201)
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(first.body).sort())
    expect(Object.keys(again.body.doc).sort()).toEqual(Object.keys(first.body.doc).sort())
    expect(again.body.message).toBe(first.body.message)
    expect(again.body.doc).toMatchObject({ email, firstName: 'Autre', status: 'pending' })
    expect(again.body.doc.id).not.toBe(first.body.doc.id)

    expect(await countAccounts()).toBe(before)
    expect(await countAccounts(`&where[email][equals]=${encodeURIComponent(email)}`)).toBe(1)
    expect((await api(`/api/accounts/${again.body.doc.id}`, { token: superAdmin })).status).toBe(404)
    const warning = await waitForMail(mailbox, { to: email, contains: 'pré-inscription a été demandée' })
    expect(warning.text).toContain('aucun nouveau compte')

    // GraphQL's createAccount goes through the same operation: a document, no « already registered ».
    const viaGraphql = await graphql(
      `mutation ($data: mutationAccountInput!) { createAccount(data: $data) { id email status } }`,
      { data: { ...minor, email, status: 'pending' } },
    )
    expect(viaGraphql.errors, JSON.stringify(viaGraphql.errors)).toBeUndefined()
    expect(viaGraphql.data.createAccount).toMatchObject({ email, status: 'pending' })
    expect(await countAccounts()).toBe(before)
  })
})

describe('Courriel de création d’un conseiller (Bilan)', () => {
  it('Relancé après un envoi réussi, le job n’envoie pas un second courriel', async () => {
    const token = await login(staff('academic-admin'))
    const lunel = (await api('/api/structures?where[name][equals]=Lunel&depth=0', { token })).body.docs[0].id
    const email = `conseiller.unique.${Date.now()}@tremplin.test`
    const created = await api('/api/users', {
      method: 'POST',
      token,
      body: { email, firstName: 'Une', lastName: 'Fois', password: 'Temporaire2026!', roles: ['counsellor'], structures: [lunel], notifyNewAccount: true },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await waitForMail(mailbox, { to: email, contains: 'Votre compte Mon Bilan en Ligne a été créé' })

    // The same job again, as a retry after a successful send (or a second worker) would run it.
    const payload = await localPayload()
    const job: { id: number | string } = await payload.jobs.queue({ task: 'bilan-notify-new-account' as never, queue: 'effects', input: { user: String(created.body.doc.id) } as never })
    const deadline = Date.now() + 30_000
    // A completed job is deleted from the queue; one that failed stays with `hasError`.
    for (;;) {
      const state = (await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, disableErrors: true })) as { completedAt?: string | null; hasError?: boolean | null } | null
      if (!state || state.completedAt || state.hasError) break
      if (Date.now() > deadline) throw new Error('Le job relancé ne s’est pas exécuté')
      await new Promise((r) => setTimeout(r, 300))
    }
    await new Promise((r) => setTimeout(r, 500))
    expect(mailbox.messages.filter((message) => message.to.includes(email))).toHaveLength(1)
  })
})
