import { spawn } from 'node:child_process'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { inject } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, graphql, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { closeLocalPayload, localPayload } from '../helpers/payload'
import { resumeStaleBulkOperations } from '../../src/kernel/bulk'

/**
 * Seed 003, « Transferts d'éléments », as bulk operations (DOMAIN.md): 202 with a
 * `bulk-operations` document, progress, chunks of short transactions, resumable, impossible
 * transfers refused, access.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('Transferts d’éléments en opérations groupées (manuel i-milo)', () => {
  let db: pg.Pool
  let mailbox: MailCatcher
  let admin: string
  let superAdmin: string
  let rouenId: number
  let elbeufId: number
  let caenId: number
  let partnerId: number
  const stamp = Date.now()
  let seq = 0

  const createStaff = async (label: string, { roles = ['counsellor'], structures }: { roles?: string[]; structures?: number[] } = {}) => {
    const created = await api('/api/users', {
      method: 'POST',
      token: admin,
      body: { email: `${label.toLowerCase()}.${stamp}.${seq++}@exemple.fr`, password: 'Transfert-2026!', firstName: 'Conseiller', lastName: label, roles, structures: structures ?? [rouenId] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number
  }

  /** Young people inserted straight into the tables (ten thousand in a second), followed by `referent`. */
  const insertAccounts = async ({ count, referent, structure, prefix }: { count: number; referent: number; structure: number; prefix: string }): Promise<number[]> => {
    const { rows } = await db.query(
      `INSERT INTO accounts (email, first_name, last_name, structure_id, status, origin, autonomous, updated_at, created_at)
       SELECT $1 || '.' || n || '@exemple.fr', 'Jeune', $1 || n, $2, 'enabled', 'staff', false, now(), now() FROM generate_series(1, $3::int) AS n
       RETURNING id`,
      [`${prefix}.${stamp}`, structure, count],
    )
    const ids = rows.map((row) => Number(row.id)).sort((a, b) => a - b)
    await db.query(`INSERT INTO accounts_rels ("order", parent_id, path, users_id) SELECT 1, id, 'referents', $2 FROM unnest($1::int[]) AS id`, [ids, referent])
    // As every account is born (issue 18): followed by its structure through its follow-up programme.
    await db.query(
      `INSERT INTO programmes (account_id, kind, status, structure_id, start_date, created_at, updated_at)
       SELECT id, 'follow-up', 'in-progress', $2, now(), now(), now() FROM unnest($1::int[]) AS id`,
      [ids, structure],
    )
    return ids
  }

  const createAccount = async (referents: number[], structure = rouenId) => {
    const { status, body } = await api('/api/accounts', {
      method: 'POST',
      token: superAdmin,
      body: { email: `bulk.${stamp}.${seq++}@exemple.fr`, lastName: `Transfert${seq}`, firstName: 'Jeune', structure, referents },
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }

  const operation = (id: number, token = admin) => api(`/api/bulk-operations/${id}?depth=0`, { token })

  const waitUntilFinished = async (id: number, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const { body } = await operation(id)
      if (body.status === 'done' || body.status === 'failed') return body
      if (Date.now() > deadline) throw new Error(`Opération ${id} non terminée : ${JSON.stringify(body)}`)
      await sleep(200)
    }
  }

  const referentsOf = async (ids: number[]) => {
    const { rows } = await db.query(`SELECT parent_id AS id, array_agg(users_id ORDER BY users_id) AS referents FROM accounts_rels WHERE path = 'referents' AND parent_id = ANY($1::int[]) GROUP BY parent_id`, [ids])
    return new Map(rows.map((row) => [Number(row.id), (row.referents as number[]).map(Number)]))
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 3 })
    admin = await login(staff('admin'))
    superAdmin = await login(staff('super-admin'))
    const structures = (await api('/api/structures?limit=100&depth=0&sort=id', { token: superAdmin })).body.docs as { id: number; name: string; type: string }[]
    rouenId = structures.find((s) => s.type === 'mission-locale' && s.name.includes('Rouen'))!.id
    caenId = structures.find((s) => s.type === 'mission-locale' && s.name.includes('Caen'))!.id
    elbeufId = structures.find((s) => s.name.includes('Elbeuf'))!.id
    partnerId = structures.find((s) => s.type === 'partner')?.id ?? structures.find((s) => s.type === 'region')!.id
  })

  afterAll(async () => {
    // The 10,600 young people inserted here would otherwise weigh on every later file of the shared
    // database (lists, the access fuzz's oracle reads whole collections). Locked in id order, as the
    // transfer runner takes them, so a job still finishing cannot deadlock with this.
    await db?.query(`DELETE FROM programmes WHERE account_id IN (SELECT id FROM accounts WHERE email LIKE $1)`, [`%.${stamp}.%@exemple.fr`])
    await db?.query(`DELETE FROM accounts WHERE id IN (SELECT id FROM accounts WHERE email LIKE $1 ORDER BY id FOR UPDATE)`, [`%.${stamp}.%@exemple.fr`])
    await db?.end()
    await mailbox?.stop()
    await closeLocalPayload()
  })

  it('Changer de conseiller : 202 avec l’opération, la progression se lit, les dossiers changent de conseiller et le créateur est notifié', async () => {
    const source = await createStaff('Source')
    const destination = await createStaff('Destination')
    const colleague = await createStaff('Collegue')
    const accounts = [await createAccount([source]), await createAccount([source, colleague]), await createAccount([source, destination]), await createAccount([source])]

    const started = await api('/api/bulk-operations/transfer-counsellor', { method: 'POST', token: admin, body: { from: source, to: destination, ids: accounts.slice(0, 3) } })
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    expect(started.body).toMatchObject({ kind: 'transfer-counsellor', total: 3, done: 0, failed: 0, status: 'queued' })
    expect(started.body.items).toBeUndefined()

    const finished = await waitUntilFinished(started.body.id)
    expect(finished).toMatchObject({ status: 'done', total: 3, done: 3, failed: 0, errors: [], kindLabel: 'Changement de conseiller' })
    expect(finished.finishedAt).toBeTruthy()
    const referents = await referentsOf(accounts)
    expect(referents.get(accounts[0])).toEqual([destination])
    expect(referents.get(accounts[1])).toEqual([colleague, destination].sort((a, b) => a - b))
    // Already followed by the destination: one line, not two.
    expect(referents.get(accounts[2])).toEqual([destination])
    // Not selected: stays.
    expect(referents.get(accounts[3])).toEqual([source])

    const deadline = Date.now() + 20_000
    let notified: { title: string }[] = []
    while (Date.now() < deadline && notified.length === 0) {
      notified = (await api('/api/notifications?where[kind][equals]=bulk-operation&sort=-createdAt&depth=0', { token: admin })).body.docs ?? []
      if (!notified.length) await sleep(300)
    }
    expect(notified[0]?.title).toContain('Changement de conseiller')
    expect((await waitForMail(mailbox, { to: staff('admin'), contains: 'ont changé de conseiller' })).text).toContain('3 dossier(s)')

    // « Tout sélectionner sur toutes les pages », with the list's search: only the matching file.
    const all = await api('/api/bulk-operations/transfer-counsellor', { method: 'POST', token: admin, body: { from: source, to: destination, all: true, search: `Transfert` } })
    expect(all.status, JSON.stringify(all.body)).toBe(202)
    expect(all.body.total).toBe(1)
    expect((await waitUntilFinished(all.body.id)).done).toBe(1)
    expect((await referentsOf([accounts[3]])).get(accounts[3])).toEqual([destination])
  })

  it('Lieu de rattachement : vers une antenne de la même Mission Locale, jamais vers une autre Mission Locale', async () => {
    const referent = await createStaff('Rattachement')
    const accounts = [await createAccount([referent]), await createAccount([referent])]
    const started = await api('/api/bulk-operations/transfer-place', { method: 'POST', token: admin, body: { structure: elbeufId, ids: accounts } })
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    expect((await waitUntilFinished(started.body.id)).done).toBe(2)
    const { rows } = await db.query('SELECT structure_id FROM accounts WHERE id = ANY($1::int[])', [accounts])
    expect(rows.map((row) => Number(row.structure_id))).toEqual([elbeufId, elbeufId])
    // The follow-up moves with them (issue 18): Rouen's closed, Elbeuf's open.
    const followUps = await db.query(
      `SELECT account_id, structure_id, status::text AS status FROM programmes WHERE account_id = ANY($1::int[]) AND kind::text = 'follow-up' ORDER BY account_id, id`,
      [accounts],
    )
    expect(followUps.rows.map((row) => [row.account_id, Number(row.structure_id), row.status])).toEqual(
      accounts.flatMap((id) => [
        [id, rouenId, 'closed'],
        [id, elbeufId, 'in-progress'],
      ]),
    )

    const toCaen = await api('/api/bulk-operations/transfer-place', { method: 'POST', token: superAdmin, body: { structure: caenId, ids: accounts } })
    expect(toCaen.status).toBe(409)
    expect(toCaen.body.errors[0].message).toContain('ne relèvent pas de cette Mission Locale')
    const notMine = await api('/api/bulk-operations/transfer-place', { method: 'POST', token: admin, body: { structure: caenId, ids: accounts } })
    expect(notMine.status).toBe(400)
    expect(JSON.stringify(notMine.body)).toContain('"path":"structure"')
    const notAPlace = await api('/api/bulk-operations/transfer-place', { method: 'POST', token: superAdmin, body: { structure: partnerId, ids: accounts } })
    expect(notAPlace.status).toBe(400)
    expect(JSON.stringify(notAPlace.body)).toContain('antenne')
    // Back to the Mission Locale itself.
    const back = await api('/api/bulk-operations/transfer-place', { method: 'POST', token: admin, body: { structure: rouenId, all: true, from: referent } })
    expect(back.status, JSON.stringify(back.body)).toBe(202)
    expect((await waitUntilFinished(back.body.id)).done).toBe(2)
  })

  it('Les transferts impossibles sont refusés avec un message en français, et rien ne bouge', async () => {
    const source = await createStaff('Impossible')
    const inactive = await createStaff('Inactif')
    await api(`/api/users/${inactive}/transitions`, { method: 'POST', token: admin, body: { event: 'DEACTIVATE' } })
    const noRole = await createStaff('SansRole', { roles: ['referent-offers'] })
    const antenneOnly = await createStaff('Antenne', { structures: [elbeufId] })
    const other = await createStaff('Autre')
    const account = await createAccount([source])
    const caenUser = (await api(`/api/users?where[email][equals]=${encodeURIComponent('referent-accounts-caen@tremplin.test')}&depth=0`, { token: superAdmin })).body.docs[0].id
    const transfer = (body: Record<string, unknown>, token = admin) => api('/api/bulk-operations/transfer-counsellor', { method: 'POST', token, body: { from: source, ids: [account], ...body } })

    const toInactive = await transfer({ to: inactive })
    expect(toInactive.status).toBe(409)
    expect(toInactive.body.errors[0].message).toContain('actif')
    const toNoRole = await transfer({ to: noRole })
    expect(toNoRole.status).toBe(409)
    expect(toNoRole.body.errors[0].message).toContain('référent de dossiers jeunes')
    const toSelf = await transfer({ to: source })
    expect(toSelf.status).toBe(400)
    expect(JSON.stringify(toSelf.body)).toContain('"path":"to"')
    const toElsewhere = await transfer({ to: caenUser })
    expect(toElsewhere.status).toBe(400)
    expect(JSON.stringify(toElsewhere.body)).toContain('pas dans vos structures')
    const notInTheStructure = await transfer({ to: antenneOnly })
    expect(notInTheStructure.status).toBe(409)
    expect(notInTheStructure.body.errors[0].message).toContain("n'est pas rattaché")
    const notFollowed = await transfer({ from: other, to: source })
    expect(notFollowed.status).toBe(400)
    expect(JSON.stringify(notFollowed.body)).toContain('"path":"ids"')
    expect((await transfer({ to: other, ids: [] })).status).toBe(400)
    expect((await transfer({ to: other, ids: ['x'] })).status).toBe(400)
    expect((await transfer({ to: other, all: true })).status).toBe(400)
    expect((await transfer({ to: other, unknown: 1 })).status).toBe(400)
    // Nobody but an administrator of the counsellor's structures.
    expect((await transfer({ to: other }, await login(staff('referent-full')))).status).toBe(403)
    expect((await transfer({ to: other }, await login(staff('referent-accounts-caen')))).status).toBe(404)
    expect((await api('/api/bulk-operations/transfer-counsellor', { method: 'POST', body: { from: source, to: other, ids: [account] } })).status).toBe(403)

    expect((await referentsOf([account])).get(account)).toEqual([source])
  })

  it('Une opération ne se lit que par son créateur et les administrateurs de ses structures (REST et GraphQL)', async () => {
    const source = await createStaff('Lecture')
    const destination = await createStaff('LectureDest')
    const account = await createAccount([source])
    const started = await api('/api/bulk-operations/transfer-counsellor', { method: 'POST', token: admin, body: { from: source, to: destination, ids: [account] } })
    expect(started.status).toBe(202)
    await waitUntilFinished(started.body.id)

    expect((await operation(started.body.id, superAdmin)).status).toBe(200)
    for (const email of [staff('referent-accounts-caen'), staff('referent-full'), staff('referent-accounts')]) {
      const token = await login(email)
      expect((await operation(started.body.id, token)).status, email).toBe(404)
      expect((await api(`/api/bulk-operations?where[id][equals]=${started.body.id}`, { token })).body.docs ?? [], email).toEqual([])
      const { data } = await graphql(`{ BulkOperations(where: { id: { equals: ${started.body.id} } }) { docs { id total } } }`, {}, token)
      expect(data?.BulkOperations?.docs ?? [], email).toEqual([])
    }
    const mine = await graphql(`{ BulkOperations(where: { id: { equals: ${started.body.id} } }) { docs { id total done } } }`, {}, admin)
    expect(mine.data.BulkOperations.docs).toEqual([{ id: started.body.id, total: 1, done: 1 }])
    // Nobody writes it through the API, not even its creator.
    expect((await api(`/api/bulk-operations/${started.body.id}`, { method: 'PATCH', token: admin, body: { done: 0 } })).status).toBe(403)
    expect((await api('/api/bulk-operations', { method: 'POST', token: admin, body: { kind: 'transfer-counsellor', total: 1 } })).status).toBe(403)
    const readBack = (await operation(started.body.id)).body
    expect(readBack.done).toBe(1)
    expect(readBack.items).toBeUndefined()
    expect(readBack.position).toBeUndefined()
  })

  it('10 000 jeunes changent de conseiller en arrière-plan : la progression avance, les listes des autres restent servies', async () => {
    const source = await createStaff('Dix')
    const destination = await createStaff('DixMille')
    const ids = await insertAccounts({ count: 10_000, referent: source, structure: rouenId, prefix: 'dixmille' })
    const other = await login(staff('referent-accounts'))

    const startedAt = Date.now()
    const started = await api('/api/bulk-operations/transfer-counsellor', { method: 'POST', token: admin, body: { from: source, to: destination, all: true } })
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    expect(started.body.total).toBe(10_000)
    const answeredIn = Date.now() - startedAt

    const progress = new Set<number>()
    const latencies: number[] = []
    let finished: Record<string, unknown> | null = null
    const listing = (async () => {
      while (!finished) {
        const before = Date.now()
        const list = await api('/api/accounts?limit=20&depth=0&sort=-updatedAt', { token: other })
        latencies.push(Date.now() - before)
        expect(list.status).toBe(200)
        await sleep(100)
      }
    })()
    const deadline = Date.now() + 240_000
    while (!finished) {
      const { body } = await operation(started.body.id)
      if (body.done > 0 && body.done < 10_000) progress.add(body.done)
      if (body.status === 'done' || body.status === 'failed') finished = body
      else if (Date.now() > deadline) throw new Error(`Transfert non terminé : ${JSON.stringify(body)}`)
      else await sleep(250)
    }
    await listing
    const elapsed = Date.now() - startedAt
    expect(finished).toMatchObject({ status: 'done', done: 10_000, failed: 0 })
    expect(progress.size).toBeGreaterThanOrEqual(3)
    const { rows } = await db.query(`SELECT users_id, count(*)::int AS n FROM accounts_rels WHERE path = 'referents' AND parent_id = ANY($1::int[]) GROUP BY users_id`, [ids])
    expect(rows).toEqual([{ users_id: destination, n: 10_000 }])
    latencies.sort((a, b) => a - b)
    const p95 = latencies[Math.floor(latencies.length * 0.95)]
    console.log(`10 000 transferts : réponse ${answeredIn} ms, terminé en ${elapsed} ms, ${progress.size} progressions lues, listes d'un autre référent : ${latencies.length} requêtes, médiane ${latencies[Math.floor(latencies.length / 2)]} ms, p95 ${p95} ms, max ${latencies.at(-1)} ms`)
    expect(answeredIn).toBeLessThan(10_000)
    expect(latencies.length).toBeGreaterThan(5)
    expect(p95).toBeLessThan(3_000)
  }, 300_000)

  it('Un transfert dont le processus est tué au milieu d’un lot reprend sans traiter deux fois un dossier', async () => {
    const payload = await localPayload()
    const source = await createStaff('Coupure')
    const destination = await createStaff('Reprise')
    const ids = await insertAccounts({ count: 600, referent: source, structure: rouenId, prefix: 'coupure' })
    // The operation, without its job (the suite's server would run it): the runner below is ours.
    const { rows: scope } = await db.query(`WITH RECURSIVE s AS (SELECT id FROM structures WHERE id = $1 UNION SELECT c.id FROM structures c JOIN s ON c.parent_id = s.id) SELECT id FROM s`, [rouenId])
    const adminUser = (await api('/api/users/me', { token: admin })).body.user
    const created = (await payload.create({
      collection: 'bulk-operations' as never,
      data: { kind: 'transfer-counsellor', params: { from: source, to: destination, destinationScope: scope.map((r) => Number(r.id)) }, items: ids, position: 0, total: ids.length, done: 0, failed: 0, errors: [], status: 'queued', createdBy: adminUser.id, structures: [rouenId] } as never,
      overrideAccess: true,
    })) as unknown as { id: number }

    // A file of the second chunk is held by another transaction: the runner stops there, halfway through its chunk.
    const holder = await db.connect()
    let isHeld = true
    const release = async () => {
      if (!isHeld) return
      isHeld = false
      await holder.query('ROLLBACK')
      holder.release()
    }
    onTestFinished(release)
    await holder.query('BEGIN')
    await holder.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [ids[300]])
    const { NODE_OPTIONS: _vitest, ...inherited } = process.env
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'test/helpers/bulkRunnerChild.ts', String(created.id)], { env: inherited, stdio: ['ignore', 'pipe', 'pipe'] })
    const output: string[] = []
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    const deadline = Date.now() + 120_000
    for (;;) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)
      const { rows: op } = await db.query('SELECT done::int AS done FROM bulk_operations WHERE id = $1', [created.id])
      if (rows[0].n > 0 && op[0].done === 200) break
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Le lanceur n'a pas atteint le second lot : ${output.join('')}`)
      await sleep(200)
    }
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    await release()
    // The killed runner's transaction is rolled back: a hundred files were changed in it, none stays changed.
    await sleep(1000)
    const { rows: afterKill } = await db.query('SELECT done::int AS done, failed::int AS failed, status::text AS status FROM bulk_operations WHERE id = $1', [created.id])
    expect(afterKill[0]).toEqual({ done: 200, failed: 0, status: 'running' })
    const { rows: moved } = await db.query(`SELECT count(*)::int AS n FROM accounts_rels WHERE path = 'referents' AND users_id = $1`, [destination])
    expect(moved[0].n).toBe(200)

    // The platform's watchdog finds it silent and hands it to the queue again.
    const resumed = await resumeStaleBulkOperations({ payload, now: new Date(Date.now() + 3_600_000) })
    expect(resumed).toContain(created.id)
    const finished = await waitUntilFinished(created.id)
    expect(finished).toMatchObject({ status: 'done', total: 600, done: 600, failed: 0, errors: [] })
    const { rows } = await db.query(`SELECT users_id, count(*)::int AS n FROM accounts_rels WHERE path = 'referents' AND parent_id = ANY($1::int[]) GROUP BY users_id`, [ids])
    expect(rows).toEqual([{ users_id: destination, n: 600 }])
  }, 240_000)
})
