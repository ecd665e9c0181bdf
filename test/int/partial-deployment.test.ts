import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import { MANUAL_EXAMPLE_SCORES } from '../../plugins/instant-t/seed/questionnaire'
import { api, DEMO_PASSWORD, staff } from '../helpers/api'
import { answersReady, startTestProcess, type TestProcess } from '../helpers/instances'
import { TEST_ENV } from '../helpers/testEnv'

/**
 * A deployment with some modules only (`TREMPLIN_MODULES`): a module left out contributes
 * nothing (no tables, no fields on core collections, no routes, no seed), and the core works
 * without it. Two app processes of this file's own, each on a fresh database whose schema is
 * pushed from its configuration alone and seeded: `instant-t,forms` and `none` (the core alone).
 * (A partial configuration on a database holding the other modules' data is not tested: see
 * README, « Switching modules off ».)
 */
const PORTS = { partial: TEST_ENV.port + 1100, core: TEST_ENV.port + 1101 }
const DATABASES = { partial: `${TEST_ENV.database}_partial`, core: `${TEST_ENV.database}_core` }
const suiteDatabaseUrl = inject('databaseUrl')
const clusterUrl = suiteDatabaseUrl.replace(/\/[^/]+$/, '/postgres')
const partialDatabaseUrl = suiteDatabaseUrl.replace(/\/[^/]+$/, `/${DATABASES.partial}`)
const coreDatabaseUrl = suiteDatabaseUrl.replace(/\/[^/]+$/, `/${DATABASES.core}`)

const query = async <T = Record<string, unknown>>(connectionString: string, sql: string, values: unknown[] = []): Promise<T[]> => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return (await client.query(sql, values)).rows as T[]
  } finally {
    await client.end()
  }
}

const tableExists = async (connectionString: string, table: string) =>
  (await query(connectionString, `SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = $1`, [table])).length > 0

const appServer = (name: string, port: number, env: Record<string, string>) =>
  startTestProcess({
    name,
    script: 'test/helpers/testServer.ts',
    env: {
      TEST_PORT: String(port),
      PORT: String(port),
      SERVER_URL: `http://localhost:${port}`,
      JOBS_AUTORUN: 'false',
      // Effects stay in the queue (no worker here): no e-mail leaves.
      SMTP_PORT: '1',
      ...env,
    },
    isReady: answersReady(`http://localhost:${port}`),
    timeoutMs: 240_000,
  })

const processes: TestProcess[] = []
const urls = { partial: `http://localhost:${PORTS.partial}`, core: `http://localhost:${PORTS.core}` }

beforeAll(async () => {
  for (const database of Object.values(DATABASES)) {
    await query(clusterUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await query(clusterUrl, `CREATE DATABASE ${database}`)
  }
  // Side by side: each compiles its own routes.
  processes.push(
    ...(await Promise.all([
      appServer('instant-t,forms', PORTS.partial, { TREMPLIN_MODULES: 'instant-t,forms', DATABASE_URL: partialDatabaseUrl, DB_PUSH: 'true' }),
      appServer('none', PORTS.core, { TREMPLIN_MODULES: 'none', DATABASE_URL: coreDatabaseUrl, DB_PUSH: 'true' }),
    ])),
  )
}, 300_000)

afterAll(async () => {
  await Promise.all(processes.map((child) => child.stop()))
  for (const database of Object.values(DATABASES)) await query(clusterUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
}, 60_000)

let seq = 0

/** The core scenario on one deployment: a demo admin logs in, a young person pre-registers, a referent enables the account. */
const coreScenario = async (baseURL: string, extra: Record<string, unknown> = {}) => {
  const admin = await api('/api/users/login', { baseURL, method: 'POST', body: { email: staff('super-admin'), password: DEMO_PASSWORD } })
  expect(admin.status, JSON.stringify(admin.body)).toBe(200)
  const structures = await api('/api/structures?limit=100&depth=0&sort=id', { baseURL, token: admin.body.token })
  expect(structures.status).toBe(200)
  expect(structures.body.docs.map((s: { name: string }) => s.name)).toContain('Mission Locale de Rouen')

  seq += 1
  const email = `partiel.${Date.now()}.${seq}@exemple.fr`
  const created = await api('/api/accounts', {
    baseURL,
    method: 'POST',
    body: { email, password: 'MotDePasse-2026!', firstName: 'Camille', lastName: `Partiel${seq}`, postalCode: '76100', birthDate: '2004-05-06', ...extra },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  expect(created.body.doc.status).toBe('pending')
  const id = created.body.doc.id as number

  const referent = await api('/api/users/login', { baseURL, method: 'POST', body: { email: staff('referent-accounts'), password: DEMO_PASSWORD } })
  expect(referent.status).toBe(200)
  const token = referent.body.token as string
  const before = await api(`/api/accounts/${id}/transitions`, { baseURL, token })
  expect(before.body.state).toBe('pending')
  expect(before.body.allowed).toContain('ENABLE')
  const enabled = await api(`/api/accounts/${id}/transitions`, { baseURL, method: 'POST', token, body: { event: 'ENABLE' } })
  expect(enabled.status, JSON.stringify(enabled.body)).toBe(200)
  expect(enabled.body.status).toBe('enabled')
  const after = await api(`/api/accounts/${id}/transitions`, { baseURL, token })
  expect(after.body.history).toHaveLength(1)
  expect(after.body.history[0]).toMatchObject({ event: 'ENABLE', from: 'pending', to: 'enabled' })
  const youngLogin = await api('/api/accounts/login', { baseURL, method: 'POST', body: { email, password: 'MotDePasse-2026!' } })
  expect(youngLogin.status).toBe(200)
  return { id, token: admin.body.token as string }
}

/** Routes of modules left out answer 404, by REST and GraphQL alike. */
const expectModuleAbsent = async (baseURL: string, token: string, routes: string[], graphqlField: string) => {
  for (const route of routes) {
    const { status } = await api(route, { baseURL, token })
    expect(status, route).toBe(404)
  }
  const { body } = await api('/api/graphql', { baseURL, method: 'POST', token, body: { query: `{ ${graphqlField} { totalDocs } }` } })
  expect(body.errors?.[0]?.message, JSON.stringify(body)).toMatch(/Cannot query field/)
}

describe('Déploiement partiel : TREMPLIN_MODULES=instant-t,forms (base neuve)', () => {
  it('Le schéma ne contient que le cœur et les modules choisis', async () => {
    expect(await tableExists(partialDatabaseUrl, 'accounts')).toBe(true)
    expect(await tableExists(partialDatabaseUrl, 'instant_t')).toBe(true)
    expect(await tableExists(partialDatabaseUrl, 'forms')).toBe(true)
    for (const table of ['bilans', 'bilan_steps', 'offers', 'candidatures', 'sessions', 'actions']) expect(await tableExists(partialDatabaseUrl, table), table).toBe(false)
    // The modules' own files of a young person go with their modules (issue #16, lean accounts).
    for (const table of ['cej_profiles', 'candidate_profiles']) expect(await tableExists(partialDatabaseUrl, table), table).toBe(false)
    expect(await tableExists(partialDatabaseUrl, 'instant_t_questions')).toBe(true)
  })

  it('Questionnaire et résultat Instant-T, puis connexion, pré-inscription avec le code (le résultat est relié au compte) et activation par le référent', async () => {
    const questionnaire = await api('/api/instant-t/questionnaire', { baseURL: urls.partial })
    expect(questionnaire.status).toBe(200)
    const submitted = await api('/api/instant-t', {
      baseURL: urls.partial,
      method: 'POST',
      body: { postalCode: '76100', answers: exampleAnswers({ questionnaire: questionnaire.body, variant: 0 }) },
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    expect(submitted.body.scores).toEqual(MANUAL_EXAMPLE_SCORES)
    // Instant-T's field on accounts (the pre-registration's code) is there with the module.
    const { id, token } = await coreScenario(urls.partial, { instantTCode: submitted.body.code })
    const results = await api(`/api/instant-t?where[code][equals]=${submitted.body.code}&depth=0`, { baseURL: urls.partial, token })
    expect(results.status).toBe(200)
    expect(results.body.docs).toHaveLength(1)
    expect(results.body.docs[0].account).toBe(id)
    await expectModuleAbsent(urls.partial, token, ['/api/bilans', '/api/bilan-phases', '/api/offers', '/api/sessions'], 'Bilans')
  })
})

describe('Déploiement partiel : TREMPLIN_MODULES=none (le cœur seul, base neuve)', () => {
  it('Le schéma ne contient que le cœur', async () => {
    expect(await tableExists(coreDatabaseUrl, 'accounts')).toBe(true)
    expect(await tableExists(coreDatabaseUrl, 'transitions')).toBe(true)
    for (const table of ['instant_t', 'forms', 'bilans', 'offers', 'sessions']) expect(await tableExists(coreDatabaseUrl, table), table).toBe(false)
  })

  it('Connexion, pré-inscription et activation ; aucune route ni aucun champ des modules', async () => {
    const { token } = await coreScenario(urls.core)
    // Instant-T's field on accounts is gone with the module: a pre-registration sending it is refused.
    const withCode = await api('/api/accounts', {
      baseURL: urls.core,
      method: 'POST',
      body: { email: `code.${Date.now()}@exemple.fr`, password: 'MotDePasse-2026!', firstName: 'Camille', lastName: 'Code', postalCode: '76100', birthDate: '2004-05-06', instantTCode: 'ABC123' },
    })
    expect(withCode.status).toBe(400)
    expect(JSON.stringify(withCode.body)).toContain('instantTCode')
    await expectModuleAbsent(urls.core, token, ['/api/instant-t/questionnaire', '/api/instant-t', '/api/forms', '/api/bilans', '/api/offers'], 'InstantTResults')
    const submitted = await api('/api/instant-t', { baseURL: urls.core, method: 'POST', body: { postalCode: '76500', answers: [] } })
    expect(submitted.status).toBe(404)
  })
})
