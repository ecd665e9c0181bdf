import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import { api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> }

let payload: Payload
let pool: Pool
let superToken: string
let adminToken: string
let referentToken: string
let caenToken: string
let rouen: number
let caen: number
let seq = 0

const structureId = async (name: string) =>
  (await payload.find({ collection: 'structures', where: { name: { equals: name } }, depth: 0, overrideAccess: true })).docs[0].id as number

/** A birth date `years` and a half ago: the age is `years` whatever the day. */
const bornYearsAgo = (years: number) => {
  const date = new Date()
  date.setUTCFullYear(date.getUTCFullYear() - years)
  date.setUTCMonth(date.getUTCMonth() - 6)
  return date.toISOString().slice(0, 10)
}

/** An account created by a referent of Rouen (enabled at once). */
const anAccount = async ({ age, token = referentToken, structure = rouen }: { age: number; token?: string; structure?: number }) => {
  seq += 1
  const lastName = `Archivable${Date.now()}${seq}`
  const { status, body } = await api('/api/accounts', {
    method: 'POST',
    token,
    body: {
      email: `archivage.${Date.now()}.${seq}@exemple.fr`,
      firstName: 'Zoé',
      lastName,
      birthDate: bornYearsAgo(age),
      phone: '0612345678',
      address: '12 rue des Tests',
      postalCode: '76000',
      city: 'Rouen',
      structure,
    },
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return { id: body.doc.id as number, lastName, birthYear: Number(bornYearsAgo(age).slice(0, 4)) }
}

const aProgramme = async ({ account, kind, status, token = referentToken }: { account: number; kind: string; status: string; token?: string }) => {
  const response = await api('/api/programmes', { method: 'POST', token, body: { account, kind, status, startDate: '2020-01-01' } })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number
}

const statusOf = async (id: number) => (await pool.query('SELECT status::text AS status FROM accounts WHERE id = $1', [id])).rows[0]?.status as string

beforeAll(async () => {
  payload = await localPayload()
  pool = (payload.db as unknown as { pool: Pool }).pool
  superToken = await login(staff('super-admin'))
  adminToken = await login(staff('admin'))
  referentToken = await login(staff('referent-accounts'))
  caenToken = await login(staff('referent-accounts-caen'))
  rouen = await structureId('Mission Locale de Rouen')
  caen = await structureId('Mission Locale de Caen')
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Dispositifs d’un jeune (programmes)', () => {
  it('Le référent du jeune ajoute un dispositif ; la structure est par défaut celle du jeune', async () => {
    const { id } = await anAccount({ age: 22 })
    const programme = await aProgramme({ account: id, kind: 'pacea', status: 'in-progress' })
    const { body } = await api(`/api/programmes/${programme}?depth=0`, { token: referentToken })
    expect(body).toMatchObject({ account: id, kind: 'pacea', status: 'in-progress', structure: rouen })
    const account = await api(`/api/accounts/${id}?depth=1`, { token: referentToken })
    // With the follow-up by the structure of first contact, opened with the account (issue 18).
    const followUp = (await pool.query(`SELECT id FROM programmes WHERE account_id = $1 AND kind::text = 'follow-up'`, [id])).rows.map((row) => row.id)
    expect(followUp).toHaveLength(1)
    expect(account.body.programmes.docs.map((doc: { id: number }) => doc.id).sort((x: number, y: number) => x - y)).toEqual([...followUp, programme])
  })

  it("Un référent d'une autre Mission Locale ne lit ni ne modifie les dispositifs, et ne peut pas en ajouter", async () => {
    const { id } = await anAccount({ age: 22 })
    const programme = await aProgramme({ account: id, kind: 'cej', status: 'initialised' })
    expect([403, 404]).toContain((await api(`/api/programmes/${programme}`, { token: caenToken })).status)
    const list = await api(`/api/programmes?where[account][equals]=${id}`, { token: caenToken })
    expect(list.body.docs).toEqual([])
    const update = await api(`/api/programmes/${programme}`, { method: 'PATCH', token: caenToken, body: { status: 'closed' } })
    expect(update.status).toBe(403)
    const create = await api('/api/programmes', { method: 'POST', token: caenToken, body: { account: id, kind: 'eav', status: 'closed' } })
    expect(create.status).toBe(403)
    const gql = await graphql(`{ Programmes(where: { account: { equals: ${id} } }) { docs { id } } }`, {}, caenToken)
    expect(gql.data?.Programmes?.docs ?? []).toEqual([])
    expect((await pool.query('SELECT status::text AS status FROM programmes WHERE id = $1', [programme])).rows[0].status).toBe('initialised')
  })

  it('Un dispositif refuse un type ou un statut inconnu et une fin avant le début (400)', async () => {
    const { id } = await anAccount({ age: 22 })
    expect((await api('/api/programmes', { method: 'POST', token: referentToken, body: { account: id, kind: 'inconnu', status: 'closed' } })).status).toBe(400)
    expect((await api('/api/programmes', { method: 'POST', token: referentToken, body: { account: id, kind: 'eav', status: 'fini' } })).status).toBe(400)
    const dates = await api('/api/programmes', { method: 'POST', token: referentToken, body: { account: id, kind: 'eav', status: 'closed', startDate: '2024-05-01', endDate: '2024-01-01' } })
    expect(dates.status).toBe(400)
  })
})

describe('Archivage automatique (règle de nuit)', () => {
  /** The manual's table: age, programmes (kind/status), expected. */
  const CASES: { name: string; age: number; programmes: [string, string][]; archived: boolean }[] = [
    { name: '26 ans, aucun dispositif', age: 26, programmes: [], archived: false },
    { name: '26 ans, EAV clos', age: 26, programmes: [['eav', 'closed']], archived: false },
    { name: '27 ans, aucun dispositif', age: 27, programmes: [], archived: true },
    { name: '27 ans, PACEA clos', age: 27, programmes: [['pacea', 'closed']], archived: true },
    { name: '27 ans, EAV clos', age: 27, programmes: [['eav', 'closed']], archived: false },
    { name: '27 ans, CEJ en cours', age: 27, programmes: [['cej', 'in-progress']], archived: false },
    { name: '30 ans, EAV clos', age: 30, programmes: [['eav', 'closed']], archived: false },
    { name: '30 ans, EAV en cours', age: 30, programmes: [['eav', 'in-progress']], archived: false },
    { name: '30 ans, PACEA clos et Garantie jeunes close', age: 30, programmes: [['pacea', 'closed'], ['garantie-jeunes', 'closed']], archived: true },
    { name: '30 ans, PACEA initialisé', age: 30, programmes: [['pacea', 'initialised']], archived: false },
    { name: '31 ans, aucun dispositif', age: 31, programmes: [], archived: true },
    { name: '31 ans, EAV clos', age: 31, programmes: [['eav', 'closed']], archived: true },
    { name: '31 ans, EAV suspendu', age: 31, programmes: [['eav', 'suspended']], archived: false },
    { name: '31 ans, CEJ initialisé', age: 31, programmes: [['cej', 'initialised']], archived: false },
    { name: '31 ans, PACEA en cours', age: 31, programmes: [['pacea', 'in-progress']], archived: false },
    { name: '31 ans, parrainage suspendu et PACEA clos', age: 31, programmes: [['parrainage', 'suspended'], ['pacea', 'closed']], archived: false },
    { name: '31 ans, CEJ clos et EAV clos', age: 31, programmes: [['cej', 'closed'], ['eav', 'closed']], archived: true },
  ]
  const ids = new Map<string, number>()
  const expectedIds = () => CASES.filter((c) => c.archived).map((c) => ids.get(c.name)!).sort((a, b) => a - b)
  const mine = (list: { id: number }[]) => list.map((row) => row.id).filter((id) => [...ids.values()].includes(id)).sort((a, b) => a - b)

  beforeAll(async () => {
    for (const entry of CASES) {
      const { id } = await anAccount({ age: entry.age })
      for (const [kind, status] of entry.programmes) await aProgramme({ account: id, kind, status })
      ids.set(entry.name, id)
    }
  })

  it('Le rapport à blanc liste exactement les dossiers archivables, sans rien changer', async () => {
    const { status, body } = await api('/api/archiving-runs/dry-run', { token: superToken })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.count).toBe(body.accounts.length)
    expect(mine(body.accounts)).toEqual(expectedIds())
    for (const id of ids.values()) expect(await statusOf(id)).toBe('enabled')
    // The Mission Locale's administrator sees the same answer for their structures.
    const admin = await api('/api/archiving-runs/dry-run', { token: adminToken })
    expect(admin.status).toBe(200)
    expect(mine(admin.body.accounts)).toEqual(expectedIds())
    // Caen's administrator scope holds none of Rouen's records.
    const caenDry = await api('/api/archiving-runs/dry-run', { token: caenToken })
    expect(caenDry.status).toBe(403)
  })

  it('Le rapport à blanc est réservé aux administrateurs', async () => {
    expect((await api('/api/archiving-runs/dry-run', { token: referentToken })).status).toBe(403)
    expect((await api('/api/archiving-runs/dry-run')).status).toBe(403)
    expect((await api('/api/archiving-runs/run', { method: 'POST', token: adminToken })).status).toBe(403)
  })

  it('Le passage réel archive exactement les mêmes dossiers, par lots, et enregistre le passage', async () => {
    const dry = await api('/api/archiving-runs/dry-run', { token: superToken })
    const { status, body } = await api('/api/archiving-runs/run', { method: 'POST', token: superToken })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body).toMatchObject({ status: 'done', trigger: 'manual', failed: 0 })
    expect(body.done).toBe(dry.body.count)
    for (const entry of CASES) expect(await statusOf(ids.get(entry.name)!), entry.name).toBe(entry.archived ? 'archived' : 'enabled')
    const archived = (await pool.query("SELECT id, archive_reason::text AS reason FROM accounts WHERE id = ANY($1::int[])", [expectedIds()])).rows
    expect(archived.every((row) => row.reason === 'automatic')).toBe(true)
    const history = await api(`/api/accounts/${expectedIds()[0]}/transitions`, { token: superToken })
    expect(history.body.history.at(-1)).toMatchObject({ event: 'ARCHIVE', to: 'archived', actor: null, data: { reason: 'automatic' } })
    // The dry run now finds none of them, and a second run archives nothing more of ours.
    const after = await api('/api/archiving-runs/dry-run', { token: superToken })
    expect(mine(after.body.accounts)).toEqual([])
    const runs = await api('/api/archiving-runs?sort=-createdAt&limit=1', { token: adminToken })
    expect(runs.body.docs[0]).toMatchObject({ id: body.id, status: 'done' })
  })

  it('Un dossier qui reçoit un dispositif en cours sort de la règle', async () => {
    const { id } = await anAccount({ age: 32 })
    let dry = await api('/api/archiving-runs/dry-run', { token: superToken })
    expect(dry.body.accounts.map((a: { id: number }) => a.id)).toContain(id)
    await aProgramme({ account: id, kind: 'cej', status: 'in-progress' })
    dry = await api('/api/archiving-runs/dry-run', { token: superToken })
    expect(dry.body.accounts.map((a: { id: number }) => a.id)).not.toContain(id)
  })
})

describe('Le passage d’archivage est une opération groupée (progression, erreurs par dossier)', () => {
  const settings = { minAge: 27, chunkSize: 2 }

  it('Le passage réel s’appuie sur une opération « archiving » que lisent les super-administrateurs, pas une autre structure', async () => {
    await anAccount({ age: 40 })
    const { status, body } = await api('/api/archiving-runs/run', { method: 'POST', token: superToken })
    expect(status, JSON.stringify(body)).toBe(200)
    const operationId = typeof body.operation === 'object' ? body.operation.id : body.operation
    expect(operationId).toEqual(expect.any(Number))
    const operation = await api(`/api/bulk-operations/${operationId}?depth=0`, { token: superToken })
    expect(operation.body).toMatchObject({ kind: 'archiving', kindLabel: 'Archivage automatique des dossiers', status: 'done', total: body.total, done: body.done, failed: body.failed })
    // Started by the platform, not by a person: no Mission Locale's staff reads it.
    expect((await api(`/api/bulk-operations/${operationId}`, { token: caenToken })).status).toBe(404)
    expect((await api(`/api/bulk-operations/${operationId}`, { token: adminToken })).status).toBe(404)
  })

  it('La tâche de nuit lance l’opération sans l’attendre ; la file la mène au bout, et un second lancement pendant ce temps ne fait rien', async () => {
    const { runArchiving } = await import('../../plugins/core/archiving/run')
    const accounts = [await anAccount({ age: 35 }), await anAccount({ age: 45 }), await anAccount({ age: 29 })]
    const run = (await runArchiving({ payload, settings, trigger: 'nightly' })) as unknown as { id: number; operation: number; status: string; total: number }
    expect(run).toMatchObject({ trigger: 'nightly', total: expect.any(Number) })
    expect(run.total).toBeGreaterThanOrEqual(3)
    expect(['queued', 'running']).toContain(run.status)
    const again = (await runArchiving({ payload, settings, trigger: 'nightly' })) as unknown as { operation: number | null; total: number }
    expect(again.operation ?? null).toBeNull()
    expect(again.total).toBe(0)
    const deadline = Date.now() + 90_000
    let finished: { status: string; done: number; total: number } | undefined
    while (Date.now() < deadline) {
      const { body } = await api(`/api/archiving-runs/${run.id}?depth=0`, { token: adminToken })
      if (body.status === 'done' || body.status === 'failed') {
        finished = body
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(finished).toMatchObject({ status: 'done', total: run.total, done: run.total })
    for (const account of accounts) expect(await statusOf(account.id)).toBe('archived')
  })

  it('Un dossier qui reçoit un dispositif entre la liste et son tour est gardé, avec une erreur qui dit pourquoi ; les autres sont archivés', async () => {
    const { runBulkOperation } = await import('../../src/kernel/bulk')
    const kept = await anAccount({ age: 33 })
    const archived = await anAccount({ age: 33 })
    // The operation as the rule makes it, without its job (the suite's server would run it): the runner below is ours.
    const operation = (await payload.create({
      collection: 'bulk-operations' as never,
      data: { kind: 'archiving', params: { minAge: 27, now: new Date().toISOString() }, items: [kept.id, archived.id], position: 0, total: 2, done: 0, failed: 0, errors: [], status: 'queued', createdBy: null, structures: [] } as never,
      overrideAccess: true,
    })) as unknown as { id: number }
    await aProgramme({ account: kept.id, kind: 'cej', status: 'in-progress' })
    await runBulkOperation({ payload, id: operation.id, budgetMs: Number.POSITIVE_INFINITY })
    const { body } = await api(`/api/bulk-operations/${operation.id}?depth=0`, { token: superToken })
    expect(body).toMatchObject({ status: 'done', done: 1, failed: 1 })
    expect(body.errors).toEqual([{ item: kept.id, message: expect.stringContaining('ne relève plus de la règle d’archivage') }])
    expect(await statusOf(kept.id)).toBe('enabled')
    expect(await statusOf(archived.id)).toBe('archived')
  })
})

describe('Archivage manuel (demande du jeune, décès)', () => {
  const archive = (id: number, reason: unknown, token = referentToken) =>
    api(`/api/accounts/${id}/transitions`, { method: 'POST', token, body: { event: 'ARCHIVE', reason } })

  it('Un référent archive un dossier à la demande du jeune : identité effacée, année de naissance et statistiques gardées', async () => {
    const { id, lastName, birthYear } = await anAccount({ age: 22 })
    const programme = await aProgramme({ account: id, kind: 'cej', status: 'in-progress' })
    const { status, body } = await archive(id, 'young-person-request')
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.status).toBe('archived')
    const row = (await pool.query('SELECT * FROM accounts WHERE id = $1', [id])).rows[0]
    expect(row).toMatchObject({ first_name: null, last_name: null, birth_date: null, phone: null, address: null, city: null, structure_id: rouen, postal_code: '76000' })
    expect(Number(row.birth_year)).toBe(birthYear)
    expect(row.email).toBe(`dossier-archive-${id}@archive.invalid`)
    expect(row.archive_reason).toBe('young-person-request')
    // The name is nowhere in the account row any more; the programme stays for statistics.
    expect(JSON.stringify(row)).not.toContain(lastName)
    expect((await pool.query('SELECT kind::text AS kind FROM programmes WHERE id = $1', [programme])).rows[0].kind).toBe('cej')
    const read = await api(`/api/accounts/${id}?depth=0`, { token: referentToken })
    expect(read.body.fullName).toBe(`Dossier archivé n° ${id}`)
    // Listed under its own state, read-only for programmes.
    const change = await api(`/api/programmes/${programme}`, { method: 'PATCH', token: referentToken, body: { status: 'closed' } })
    expect(change.status).toBe(400)
  })

  it('Archivage pour décès ; un dossier archivé ne revient pas (409) et ne se connecte pas', async () => {
    const { id } = await anAccount({ age: 40 })
    expect((await archive(id, 'death')).status).toBe(200)
    const again = await archive(id, 'death')
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('Archivé')
    const enable = await api(`/api/accounts/${id}/transitions`, { method: 'POST', token: referentToken, body: { event: 'ENABLE' } })
    expect(enable.status).toBe(409)
    const described = await api(`/api/accounts/${id}/transitions`, { token: referentToken })
    expect(described.body).toMatchObject({ state: 'archived', allowed: [] })
    const loginAttempt = await api('/api/accounts/login', { method: 'POST', body: { email: `dossier-archive-${id}@archive.invalid`, password: 'x' } })
    expect([401, 403]).toContain(loginAttempt.status)
  })

  it("Le motif « automatic » est refusé à toute personne (403), même super-administrateur, et rien ne change", async () => {
    const { id } = await anAccount({ age: 35 })
    for (const token of [referentToken, superToken, adminToken]) {
      const { status, body } = await archive(id, 'automatic', token)
      expect(status, JSON.stringify(body)).toBe(403)
    }
    expect(await statusOf(id)).toBe('enabled')
    const gql = await graphql(`mutation { transitionDocument(collection: "accounts", id: "${id}", event: "ARCHIVE", data: { reason: "automatic" }) }`, {}, superToken)
    expect(gql.errors?.[0]?.extensions?.statusCode, JSON.stringify(gql)).toBe(403)
    expect(await statusOf(id)).toBe('enabled')
  })

  it('Un motif inconnu ou absent est refusé (400) ; un référent d’une autre Mission Locale ne peut pas archiver (403)', async () => {
    const { id } = await anAccount({ age: 35 })
    const unknown = await archive(id, 'ennui')
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toContain('Motif d’archivage inconnu')
    expect((await archive(id, undefined)).status).toBe(400)
    expect((await archive(id, 'death', caenToken)).status).toBe(403)
    expect(await statusOf(id)).toBe('enabled')
  })
})

describe('Sauvegarde avant archivage (CSV nom ↔ identifiant)', () => {
  it('Les administrateurs de la Mission Locale téléchargent la correspondance de ses dossiers, et eux seuls', async () => {
    const ours = await anAccount({ age: 22 })
    const theirs = await anAccount({ age: 22, token: caenToken, structure: caen })
    const { status, body, headers } = await api(`/api/archiving-runs/backup/${rouen}`, { token: adminToken })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('text/csv')
    expect(headers.get('content-disposition')).toContain('sauvegarde-avant-archivage')
    const text = String(body)
    expect(text).toContain('Identifiant du dossier;Nom;Prénom')
    expect(text).toContain(`${ours.id};${ours.lastName};Zoé`)
    expect(text).not.toContain(theirs.lastName)
    // Anyone else: another structure's admin scope, a referent, an anonymous caller.
    expect((await api(`/api/archiving-runs/backup/${caen}`, { token: adminToken })).status).toBe(403)
    expect((await api(`/api/archiving-runs/backup/${rouen}`, { token: referentToken })).status).toBe(403)
    expect((await api(`/api/archiving-runs/backup/${rouen}`, { token: caenToken })).status).toBe(403)
    expect((await api(`/api/archiving-runs/backup/${rouen}`)).status).toBe(403)
    expect((await api('/api/archiving-runs/backup/999999', { token: adminToken })).status).toBe(404)
  })
})

describe('Horloge de nuit', () => {
  it('Les tâches de nuit sont programmées sur la file des effets, chacune avec son cron', () => {
    const tasks = payload.config.jobs.tasks as unknown as { slug: string; schedule?: { cron: string; queue: string }[] }[]
    expect(tasks.find((task) => task.slug === 'core-archiving-nightly')?.schedule).toEqual([{ cron: '0 30 2 * * *', queue: 'effects' }])
    expect(tasks.find((task) => task.slug === 'core-retention-nightly')?.schedule).toEqual([{ cron: '0 15 3 * * *', queue: 'effects' }])
  })
})

describe('Conservation des données : purge de nuit', () => {
  const exists = async (table: string, id: number) => (await pool.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rows.length === 1
  const ago = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()

  it('La purge efface exactement ce qui a expiré et enregistre le passage', async () => {
    // A first pass clears whatever earlier tests left, so the counts below are ours alone.
    expect((await api('/api/retention-runs/run', { method: 'POST', token: superToken })).status).toBe(200)

    const preRegister = async () => {
      seq += 1
      const { status, body } = await api('/api/accounts', {
        method: 'POST',
        body: { email: `purge.${Date.now()}.${seq}@exemple.fr`, password: 'MotDePasse-2026!', firstName: 'Léo', lastName: `Purge${seq}`, postalCode: '76100', birthDate: '2004-05-06' },
      })
      expect(status, JSON.stringify(body)).toBe(201)
      return body.doc.id as number
    }
    const oldPending = await preRegister()
    const freshPending = await preRegister()
    const oldEnabled = (await anAccount({ age: 22 })).id
    await pool.query('UPDATE accounts SET created_at = $2 WHERE id = ANY($1::int[])', [[oldPending, oldEnabled], ago(91)])

    // Pre-registrations: no activation e-mail comes to write a token of its own meanwhile.
    const expiredToken = { id: await preRegister() }
    const liveToken = { id: await preRegister() }
    await pool.query("UPDATE accounts SET reset_password_token = 'expire', reset_password_expiration = $2 WHERE id = $1", [expiredToken.id, ago(1)])
    await pool.query("UPDATE accounts SET reset_password_token = 'valide', reset_password_expiration = $2 WHERE id = $1", [liveToken.id, ago(-1)])

    const notification = async (readAt: string | null) =>
      (await payload.create({ collection: 'notifications', data: { title: 'Test de purge', recipientAccount: oldEnabled, readAt } as never, overrideAccess: true })).id as number
    const oldRead = await notification(ago(200))
    const oldUnread = await notification(null)
    const recentRead = await notification(ago(2))
    await pool.query('UPDATE notifications SET created_at = $2 WHERE id = ANY($1::int[])', [[oldRead, oldUnread], ago(400)])

    const questionnaire = (await api('/api/instant-t/questionnaire')).body
    const result = async () => {
      const { status, body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: '76500', answers: exampleAnswers({ questionnaire, variant: 0 }) } })
      expect(status, JSON.stringify(body)).toBe(201)
      return (await pool.query('SELECT id FROM instant_t WHERE code = $1', [body.code])).rows[0].id as number
    }
    const oldAnonymous = await result()
    const oldClaimed = await result()
    const freshAnonymous = await result()
    await pool.query('UPDATE instant_t SET account_id = $2 WHERE id = $1', [oldClaimed, oldEnabled])
    await pool.query('UPDATE instant_t SET created_at = $2 WHERE id = ANY($1::int[])', [[oldAnonymous, oldClaimed], ago(400)])

    const { status, body } = await api('/api/retention-runs/run', { method: 'POST', token: superToken })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body).toMatchObject({ status: 'done', pendingAccounts: 1, resetTokens: 1, notifications: 1, instantTResults: 1, settings: { pendingDays: 90, readNotificationDays: 180, anonymousInstantTDays: 365 } })

    expect(await exists('accounts', oldPending)).toBe(false)
    expect(await exists('accounts', freshPending)).toBe(true)
    expect(await exists('accounts', oldEnabled)).toBe(true)
    const tokens = (await pool.query('SELECT id, reset_password_token FROM accounts WHERE id = ANY($1::int[]) ORDER BY id', [[expiredToken.id, liveToken.id]])).rows
    expect(tokens).toEqual([{ id: expiredToken.id, reset_password_token: null }, { id: liveToken.id, reset_password_token: 'valide' }])
    expect(await exists('notifications', oldRead)).toBe(false)
    expect(await exists('notifications', oldUnread)).toBe(true)
    expect(await exists('notifications', recentRead)).toBe(true)
    expect(await exists('instant_t', oldAnonymous)).toBe(false)
    expect(await exists('instant_t', oldClaimed)).toBe(true)
    expect(await exists('instant_t', freshAnonymous)).toBe(true)

    // Recorded, readable by super-administrators only; a second pass finds nothing.
    const runs = await api('/api/retention-runs?sort=-createdAt&limit=1', { token: superToken })
    expect(runs.body.docs[0]).toMatchObject({ id: body.id, pendingAccounts: 1 })
    expect((await api('/api/retention-runs', { token: adminToken })).status).toBe(403)
    expect((await api('/api/retention-runs/run', { method: 'POST', token: adminToken })).status).toBe(403)
    const second = await api('/api/retention-runs/run', { method: 'POST', token: superToken })
    expect(second.body).toMatchObject({ pendingAccounts: 0, resetTokens: 0, notifications: 0, instantTResults: 0 })
  })
})
