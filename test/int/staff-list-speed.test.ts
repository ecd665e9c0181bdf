import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'

import { api, DEMO_PASSWORD, login, staff } from '../helpers/api'
import { startExtraServer, type ExtraServer } from '../helpers/extraServer'
import { startStatementCounter, type StatementCounter } from '../helpers/statementCounter'
import { TEST_ENV } from '../helpers/testEnv'

/**
 * Issue #16: staff lists at bare-Payload speed. A second app process on the suite's database
 * (instance B; the suite's server is A) talks to PostgreSQL through a proxy that counts its
 * statements: the caller cache and the structure scope cache must keep a list to its own
 * statements, and a change made on A must reach B's caches within a second.
 */
const databaseUrl = inject('databaseUrl')
const LIST = '/api/accounts?limit=20&sort=-createdAt&depth=0'
const REVOCATION_LIMIT_MS = 1000

let counter: StatementCounter
let second: ExtraServer
let db: pg.Client

const onB = (path: string, token: string, init: { method?: string; body?: unknown } = {}) => api(path, { ...init, token, baseURL: second.url })
/** What the admin and the site send: the session cookie, from a page of the site itself (`Sec-Fetch-Site`). */
const sameSiteCookie = (token: string) => ({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' })
const onBByCookie = (path: string, token: string, headers: Record<string, string> = sameSiteCookie(token)) => api(path, { headers, baseURL: second.url })
const freshLogin = async (email: string) => {
  const { status, body } = await api('/api/users/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })
  expect(status).toBe(200)
  return body as { token: string; user: { id: number } }
}
/**
 * Polls until `check` holds; returns when the first request that saw it was sent (ms after the
 * change): the propagation, not the request's own latency on a loaded machine.
 */
const timeUntil = async (check: () => Promise<boolean>, limitMs = 10_000) => {
  const started = performance.now()
  for (;;) {
    const sentAt = performance.now() - started
    if (await check()) return sentAt
    if (sentAt > limitMs) return Infinity
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
const structureId = async (name: string) => (await db.query('SELECT id FROM structures WHERE name = $1', [name])).rows[0]?.id as number

beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  counter = await startStatementCounter({ databaseUrl })
  second = await startExtraServer({ port: Number(process.env.TEST_CACHE_PORT ?? TEST_ENV.port + 7), env: { DATABASE_URL: counter.url } })
})

afterAll(async () => {
  await second?.stop()
  await counter?.stop()
  await db?.end()
})

describe('Listes du personnel : appelant et périmètre en cache (issue #16)', () => {
  it('La liste des comptes du référent (20 lignes) coûte au plus 3 requêtes SQL une fois l’appelant connu', async () => {
    const token = await login(staff('referent-accounts'))
    for (let i = 0; i < 2; i++) expect((await onB(LIST, token)).status).toBe(200)
    counter.reset()
    const page = await onB(LIST, token)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(page.status).toBe(200)
    expect(page.body.docs.length).toBeGreaterThan(0)
    expect(counter.count(), counter.texts().join('\n---\n')).toBeLessThanOrEqual(3)
    // Neither the caller nor the scope were read again.
    expect(counter.texts().some((text) => /from "users"|WITH RECURSIVE/i.test(text))).toBe(false)
    // Who the referent follows is a column of accounts (the open follow-up), not a join of every
    // account to its programmes (SELECT DISTINCT, a grouped count): issue #16 after issue 18.
    const listed = counter.texts().filter((text) => /from "accounts"/i.test(text))
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.filter((text) => /join "programmes"|select distinct|over\(\)/i.test(text)), listed.join('\n---\n')).toEqual([])
  })

  it('Une liste de comptes ne calcule la jointure des dispositifs que si on la demande (joins, select) ; un compte lu seul la garde', async () => {
    const token = await login(staff('referent-accounts'))
    expect((await onB(LIST, token)).status).toBe(200)
    counter.reset()
    const plain = await onB(LIST, token)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(plain.status).toBe(200)
    expect(plain.body.docs.length).toBeGreaterThan(0)
    expect(plain.body.docs.some((doc: Record<string, unknown>) => 'programmes' in doc)).toBe(false)
    // Payload names the join's subquery `programmes_alias`; the access filter may still read programmes (following).
    expect(counter.texts().some((text) => /programmes_alias/.test(text)), counter.texts().join('\n---\n')).toBe(false)
    // Sessions are shown to the account itself only: a staff list no longer reads them to drop them.
    expect(counter.texts().some((text) => /accounts_sessions/.test(text)), counter.texts().join('\n---\n')).toBe(false)
    const joined = await onB(`${LIST}&joins[programmes][limit]=5`, token)
    expect(joined.status).toBe(200)
    expect(joined.body.docs.every((doc: { programmes?: { docs?: unknown[] } }) => Array.isArray(doc.programmes?.docs))).toBe(true)
    const selected = await onB(`${LIST}&select[lastName]=true&select[programmes]=true`, token)
    expect(selected.status).toBe(200)
    expect(selected.body.docs.every((doc: { programmes?: { docs?: unknown[] } }) => Array.isArray(doc.programmes?.docs))).toBe(true)
    const one = await onB(`/api/accounts/${plain.body.docs[0].id}?depth=0`, token)
    expect(one.status).toBe(200)
    expect(Array.isArray(one.body.programmes?.docs)).toBe(true)
  })

  it('Une liste qui choisit ses colonnes ne lit ni ne renvoie les préférences de notification qu’elle laisse de côté (payload#18143)', async () => {
    const token = await login(staff('referent-accounts'))
    const columns = `${LIST}&select[lastName]=true&select[status]=true`
    expect((await onB(columns, token)).status).toBe(200)
    counter.reset()
    const page = await onB(columns, token)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(page.status).toBe(200)
    expect(page.body.docs.length).toBeGreaterThan(0)
    // The adapter used to read `alerts.email` and `alerts.inApp` (a lateral subquery each, per row) for Payload to drop them.
    expect(counter.texts().some((text) => /accounts_alerts/.test(text)), counter.texts().join('\n---\n')).toBe(false)
    expect(page.body.docs.every((doc: Record<string, unknown>) => !('alerts' in doc) && typeof doc.lastName !== 'undefined')).toBe(true)
    // Asked for, the group comes back whole, or with the part asked for.
    const whole = await onB(`${columns}&select[alerts]=true`, token)
    expect(whole.status).toBe(200)
    expect(whole.body.docs.every((doc: { alerts?: { email?: unknown; inApp?: unknown } }) => Array.isArray(doc.alerts?.email) && Array.isArray(doc.alerts?.inApp))).toBe(true)
    const part = await onB(`${columns}&select[alerts][inApp]=true`, token)
    expect(part.status).toBe(200)
    expect(part.body.docs.every((doc: { alerts?: Record<string, unknown> }) => Array.isArray(doc.alerts?.inApp) && !('email' in (doc.alerts ?? {})))).toBe(true)
    // A list without select is untouched: every field, the group included.
    const all = await onB(LIST, token)
    expect(all.body.docs.every((doc: { alerts?: { email?: unknown } }) => Array.isArray(doc.alerts?.email))).toBe(true)
  })

  it('Connecté par cookie (l’admin, le site), le référent liste aussi ses comptes en au plus 3 requêtes SQL', async () => {
    const { token } = await freshLogin(staff('referent-accounts'))
    for (let i = 0; i < 2; i++) expect((await onBByCookie(LIST, token)).status).toBe(200)
    counter.reset()
    const page = await onBByCookie(LIST, token)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(page.status).toBe(200)
    expect(page.body.docs.length).toBeGreaterThan(0)
    expect(counter.count(), counter.texts().join('\n---\n')).toBeLessThanOrEqual(3)
    expect(counter.texts().some((text) => /from "users"|WITH RECURSIVE/i.test(text))).toBe(false)
  })

  it('Un cookie envoyé depuis un autre site n’est pas servi par le cache (règle CSRF de Payload), même appelant déjà en cache', async () => {
    const { token } = await freshLogin(staff('referent-accounts'))
    expect((await onBByCookie('/api/users/me', token)).body.user?.email).toBe(staff('referent-accounts'))
    const fromElsewhere = await onBByCookie('/api/users/me', token, { cookie: `payload-token=${token}`, origin: 'https://ailleurs.example' })
    expect(fromElsewhere.body.user).toBeNull()
    const withoutBrowserHeaders = await onBByCookie('/api/users/me', token, { cookie: `payload-token=${token}` })
    expect(withoutBrowserHeaders.body.user).toBeNull()
  })

  it('Une déconnexion sur A ferme en moins d’une seconde la session par cookie sur B', async () => {
    const { token } = await freshLogin(staff('referent-forms'))
    expect((await onBByCookie('/api/users/me', token)).body.user).not.toBeNull()
    expect((await onBByCookie('/api/users/me', token)).body.user).not.toBeNull()
    expect((await api('/api/users/logout', { method: 'POST', token })).status).toBe(200)
    expect(await timeUntil(async () => (await onBByCookie('/api/users/me', token)).body.user === null)).toBeLessThan(REVOCATION_LIMIT_MS)
  })

  it('Un utilisateur désactivé sur l’instance A est refusé par l’instance B en moins d’une seconde', async () => {
    const email = staff('referent-forms')
    const { token, user } = await freshLogin(email)
    expect((await onB('/api/users/me', token)).body.user?.email).toBe(email)
    expect((await onB('/api/users/me', token)).body.user?.email).toBe(email)
    const admin = await login(staff('admin'))
    try {
      const deactivated = await api(`/api/users/${user.id}/transitions`, { method: 'POST', token: admin, body: { event: 'DEACTIVATE' } })
      expect(deactivated.status).toBe(200)
      const refusedAfter = await timeUntil(async () => (await onB('/api/users/me', token)).body.user === null)
      expect(refusedAfter).toBeLessThan(REVOCATION_LIMIT_MS)
      expect((await onB('/api/forms?limit=1', token)).status).not.toBe(200)
    } finally {
      const back = await api(`/api/users/${user.id}/transitions`, { method: 'POST', token: admin, body: { event: 'REACTIVATE' } })
      expect(back.status).toBe(200)
    }
  })

  it('Une déconnexion sur A ferme la session sur B en moins d’une seconde', async () => {
    const { token } = await freshLogin(staff('referent-forms'))
    expect((await onB('/api/users/me', token)).body.user).not.toBeNull()
    expect((await api('/api/users/logout', { method: 'POST', token })).status).toBe(200)
    expect(await timeUntil(async () => (await onB('/api/users/me', token)).body.user === null)).toBeLessThan(REVOCATION_LIMIT_MS)
  })

  it('Des structures ajoutées sur A élargissent la liste sur B en moins d’une seconde, et retirées la réduisent', async () => {
    const token = (await freshLogin(staff('referent-accounts-caen'))).token
    const superAdmin = await login(staff('super-admin'))
    const userId = (await db.query('SELECT id FROM users WHERE email = $1', [staff('referent-accounts-caen')])).rows[0].id as number
    const [caen, rouen] = [await structureId('Mission Locale de Caen'), await structureId('Mission Locale de Rouen')]
    const totalOnB = async () => (await onB(`${LIST}&limit=1`, token)).body.totalDocs as number
    const before = await totalOnB()
    expect(await totalOnB()).toBe(before)
    try {
      expect((await api(`/api/users/${userId}`, { method: 'PATCH', token: superAdmin, body: { structures: [caen, rouen] } })).status).toBe(200)
      expect(await timeUntil(async () => (await totalOnB()) > before)).toBeLessThan(REVOCATION_LIMIT_MS)
    } finally {
      expect((await api(`/api/users/${userId}`, { method: 'PATCH', token: superAdmin, body: { structures: [caen] } })).status).toBe(200)
    }
    expect(await timeUntil(async () => (await totalOnB()) === before)).toBeLessThan(REVOCATION_LIMIT_MS)
  })

  it('Un dispositif ouvert sur A fait suivre le jeune sur B en moins d’une seconde, et clos l’en retire ; la liste ne relit pas les suivis entre-temps', async () => {
    const token = (await freshLogin(staff('counsellor'))).token
    const superAdmin = await login(staff('super-admin'))
    const lunel = await structureId('Lunel')
    const rouen = await structureId('Mission Locale de Rouen')
    const created = await api('/api/accounts', {
      method: 'POST',
      token: superAdmin,
      body: { email: `suivi.b.${Date.now()}@exemple.fr`, firstName: 'Élie', lastName: `SuiviSurB${Date.now()}`, birthDate: '2004-02-03', postalCode: '76000', structure: rouen },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const account = created.body.doc.id as number
    const seenOnB = async () => (await onB(`/api/accounts?where[id][equals]=${account}&depth=0&select[id]=true`, token)).body.totalDocs === 1
    expect(await seenOnB()).toBe(false)
    // Warm: the followers of the DABM's scope are now cached on B, and read no more.
    counter.reset()
    expect((await onB(LIST, token)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(counter.texts().filter((text) => /from programmes p/i.test(text)), counter.texts().join('\n---\n')).toEqual([])
    const opened = await api('/api/programmes', { method: 'POST', token: superAdmin, body: { account, kind: 'bilan', status: 'in-progress', structure: lunel } })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    expect(await timeUntil(seenOnB)).toBeLessThan(REVOCATION_LIMIT_MS)
    const closed = await api(`/api/programmes/${opened.body.doc.id}`, { method: 'PATCH', token: superAdmin, body: { status: 'closed' } })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect(await timeUntil(async () => !(await seenOnB()))).toBeLessThan(REVOCATION_LIMIT_MS)
  })

  it('Une soumission Instant-T anonyme sur B : questionnaire et couverture des codes postaux lus en mémoire, une seule écriture', async () => {
    const questionnaire = (await api('/api/instant-t/questionnaire', { baseURL: second.url })).body
    const body = { postalCode: '76500', answers: exampleAnswers({ questionnaire, variant: 0 }) }
    const codes: string[] = []
    try {
      for (let i = 0; i < 2; i++) codes.push((await api('/api/instant-t', { method: 'POST', body, baseURL: second.url })).body.code)
      counter.reset()
      const submitted = await api('/api/instant-t', { method: 'POST', body, baseURL: second.url })
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(submitted.status).toBe(201)
      codes.push(submitted.body.code)
      expect(counter.count(), counter.texts().join('\n---\n')).toBeLessThanOrEqual(3)
      expect(counter.texts().some((text) => /instant_t_questions|from "structures"/i.test(text))).toBe(false)
      // The insert returns its id: the row is not read back (Payload's create would select it again).
      expect(counter.texts().filter((text) => /insert into "instant_t"/i.test(text)), counter.texts().join('\n---\n')).toHaveLength(1)
      expect(counter.texts().some((text) => /^\s*select[\s\S]*from "instant_t"/i.test(text)), counter.texts().join('\n---\n')).toBe(false)
      const { rows } = await db.query(
        'SELECT s.name, r.postal_code, r.out_of_territory, r.scores, r.answers, r.created_at, r.updated_at FROM instant_t r JOIN structures s ON s.id = r.structure_id WHERE r.code = $1',
        [submitted.body.code],
      )
      expect(rows[0]?.name).toBe('Mission Locale de Rouen')
      expect(rows[0]).toMatchObject({ postal_code: '76500', out_of_territory: false, scores: submitted.body.scores })
      expect(rows[0].answers).toHaveLength(body.answers.length)
      expect(Math.abs(new Date(rows[0].created_at).getTime() - Date.now())).toBeLessThan(60_000)
      expect(rows[0].updated_at).toEqual(rows[0].created_at)
    } finally {
      await db.query('DELETE FROM instant_t WHERE code = ANY($1)', [codes.filter(Boolean)])
    }
  })

  it('Une question modifiée sur A est posée telle quelle par B en moins d’une seconde', async () => {
    const superAdmin = await login(staff('super-admin'))
    const { rows } = await db.query<{ id: number; text: string }>('SELECT id, text FROM instant_t_questions WHERE active ORDER BY id LIMIT 1')
    const [{ id, text }] = rows
    const asked = async () =>
      ((await api('/api/instant-t/questionnaire', { baseURL: second.url })).body.categories as { questions: { id: number; text: string }[] }[])
        .flatMap((category) => category.questions)
        .find((question) => question.id === id)?.text
    expect(await asked()).toBe(text)
    try {
      expect((await api(`/api/instant-t-questions/${id}`, { method: 'PATCH', token: superAdmin, body: { text: `${text} (reformulée)` } })).status).toBe(200)
      expect(await timeUntil(async () => (await asked()) === `${text} (reformulée)`)).toBeLessThan(REVOCATION_LIMIT_MS)
    } finally {
      expect((await api(`/api/instant-t-questions/${id}`, { method: 'PATCH', token: superAdmin, body: { text } })).status).toBe(200)
    }
  })

  it('EXPLAIN : la liste d’une petite structure parmi beaucoup de comptes, triée par création, lit l’index (structure, createdAt)', async () => {
    const { rows: indexes } = await db.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'accounts' AND indexdef LIKE '%(structure_id, created_at)%'`,
    )
    expect(indexes.length).toBe(1)
    const [big, small] = [await structureId('Mission Locale de Rouen'), await structureId('Mission Locale de Caen')]
    const MARK = 'perf-explain-'
    try {
      // 20,000 recent accounts in one structure, 5,000 older ones in the scoped one: its first page
      // is neither among the newest rows (walking by date reads 20,000 first) nor small enough to sort for free.
      await db.query(
        `INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, created_at, updated_at)
         SELECT '${MARK}' || i || '@exemple.test', 'P', 'N', CASE WHEN i <= 5000 THEN $2::int ELSE $1::int END, 'enabled', 'staff',
                now() - ((CASE WHEN i <= 5000 THEN 100000 + i ELSE i END) || ' minutes')::interval, now()
         FROM generate_series(1, 25000) AS i`,
        [big, small],
      )
      await db.query('ANALYZE accounts')
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) SELECT id FROM accounts WHERE structure_id = $1 ORDER BY created_at DESC LIMIT 20`, [small])
      const plan = JSON.stringify(rows[0]['QUERY PLAN'])
      expect(plan).toContain(`"Index Name":"${indexes[0].indexname}"`)
      expect(plan).not.toContain('"Node Type":"Sort"')
    } finally {
      await db.query(`DELETE FROM accounts WHERE email LIKE '${MARK}%'`)
      await db.query('ANALYZE accounts')
    }
  }, 240_000)
})
