import pg from 'pg'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { endDueReassignments } from '../../plugins/cej/operations/reassignments'
import { api, login, staff } from '../helpers/api'
import { startTestMailbox, waitForMail } from '../helpers/mail'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/** Seed 001, « Le module de réaffectation »: temporary and definitive reassignments, both counsellors told, the counsellor history. */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('CEJ : réaffectation des bénéficiaires d’un conseiller', () => {
  let db: pg.Pool
  let mailbox: MailCatcher
  let admin: string
  let superAdmin: string
  let rouenId: number
  const stamp = Date.now()
  let seq = 0
  const counsellors: Record<string, { id: number; email: string; token: string }> = {}

  const createCounsellor = async (label: string) => {
    const email = `cej.${label.toLowerCase()}.${stamp}@exemple.fr`
    const created = await api('/api/users', { method: 'POST', token: admin, body: { email, password: 'Reaffect-2026!', firstName: 'Conseiller', lastName: label, roles: ['counsellor'], structures: [rouenId] } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return { id: created.body.doc.id as number, email, token: await login(email, { password: 'Reaffect-2026!' }) }
  }

  const createAccount = async (referent: number) => {
    const { status, body } = await api('/api/accounts', { method: 'POST', token: superAdmin, body: { email: `reaff.${stamp}.${seq++}@exemple.fr`, lastName: `Beneficiaire${seq}`, structure: rouenId, referents: [referent] } })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }

  const referentsOf = async (ids: number[]) => {
    const { rows } = await db.query(`SELECT parent_id AS id, array_agg(users_id ORDER BY users_id) AS referents FROM accounts_rels WHERE path = 'referents' AND parent_id = ANY($1::int[]) GROUP BY parent_id`, [ids])
    return ids.map((id) => (rows.find((row) => Number(row.id) === id)?.referents ?? []).map(Number))
  }

  const waitForOperation = async (id: number, token: string) => {
    const deadline = Date.now() + 30_000
    for (;;) {
      const { body } = await api(`/api/bulk-operations/${id}?depth=0`, { token })
      if (body.status === 'done' || body.status === 'failed') return body
      if (Date.now() > deadline) throw new Error(`Opération ${id} non terminée : ${JSON.stringify(body)}`)
      await sleep(200)
    }
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox()
    db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 })
    admin = await login(staff('admin'))
    superAdmin = await login(staff('super-admin'))
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=50&depth=0', { token: superAdmin })).body.docs as { id: number; name: string }[]
    rouenId = structures.find((s) => s.name.includes('Rouen'))!.id
    for (const label of ['Bruno', 'Charles', 'Denise']) counsellors[label] = await createCounsellor(label)
  })

  afterAll(async () => {
    await db?.end()
    await mailbox?.stop()
    await closeLocalPayload()
  })

  it('Une réaffectation temporaire déplace les bénéficiaires, prévient les deux conseillers, et se termine seule à sa date', async () => {
    const { Bruno, Charles } = counsellors
    const people = [await createAccount(Bruno.id), await createAccount(Bruno.id), await createAccount(Bruno.id)]
    const endsAt = new Date(Date.now() + 7 * 86_400_000).toISOString()
    // A counsellor hands over their own young people for their holidays.
    const started = await api('/api/reassignments/reassign', { method: 'POST', token: Bruno.token, body: { type: 'temporary', from: Bruno.id, to: Charles.id, endsAt, ids: people.slice(0, 2) } })
    expect(started.status, JSON.stringify(started.body)).toBe(201)
    expect(started.body.reassignment).toMatchObject({ type: 'temporary', status: 'in-progress', from: Bruno.id, to: Charles.id, accounts: people.slice(0, 2) })
    expect(started.body.operation).toMatchObject({ kind: 'cej-reassignment', total: 2, done: 2, status: 'done' })
    expect(await referentsOf(people)).toEqual([[Charles.id], [Charles.id], [Bruno.id]])
    await waitForMail(mailbox, { to: Charles.email, contains: 'vous sont réaffecté' })
    await waitForMail(mailbox, { to: Bruno.email, contains: 'sont réaffecté(s) à un autre conseiller' })

    // The counsellor history of a young person: their reassignments.
    const history = await api(`/api/reassignments?where[accounts][in]=${people[0]}&depth=0`, { token: Charles.token })
    expect(history.body.docs.map((r: { id: number }) => r.id)).toEqual([started.body.reassignment.id])
    expect((await api(`/api/reassignments/${started.body.reassignment.id}/transitions`, { token: Charles.token })).body.allowed).toEqual(['END'])

    // The platform's clock: nothing before the date, the end at the date.
    const payload = await localPayload()
    const req = await createLocalReq({}, payload)
    expect(await endDueReassignments(req, new Date(Date.now() + 86_400_000))).not.toContain(started.body.reassignment.id)
    expect(await endDueReassignments(req, new Date(Date.parse(endsAt) + 60_000))).toContain(started.body.reassignment.id)
    const ended = (await api(`/api/reassignments/${started.body.reassignment.id}?depth=0`, { token: admin })).body
    expect(ended.status).toBe('ended')
    expect(ended.returnOperation).toBeTruthy()
    await waitForOperation(ended.returnOperation, superAdmin)
    expect(await referentsOf(people)).toEqual([[Bruno.id], [Bruno.id], [Bruno.id]])
    await waitForMail(mailbox, { to: Bruno.email, contains: 'reviennent' })
    await waitForMail(mailbox, { to: Charles.email, contains: 'reviennent' })
    const { history: transitions } = (await api(`/api/reassignments/${started.body.reassignment.id}/transitions`, { token: admin })).body
    expect(transitions.map((t: { event: string }) => t.event)).toEqual(['END'])
    // A second tick does nothing more.
    expect(await endDueReassignments(req, new Date(Date.parse(endsAt) + 120_000))).toEqual([])
  })

  it('Une réaffectation définitive reste : l’horloge ne la termine pas et personne ne peut la terminer', async () => {
    const { Bruno, Denise } = counsellors
    const people = [await createAccount(Denise.id), await createAccount(Denise.id)]
    const started = await api('/api/reassignments/reassign', { method: 'POST', token: admin, body: { type: 'definitive', from: Denise.id, to: Bruno.id, all: true } })
    expect(started.status, JSON.stringify(started.body)).toBe(201)
    expect(started.body.operation.done).toBe(2)
    expect(await referentsOf(people)).toEqual([[Bruno.id], [Bruno.id]])
    const req = await createLocalReq({}, await localPayload())
    expect(await endDueReassignments(req, new Date(Date.now() + 400 * 86_400_000))).not.toContain(started.body.reassignment.id)
    expect((await api(`/api/reassignments/${started.body.reassignment.id}/transitions`, { token: admin })).body.allowed).toEqual([])
    expect((await api(`/api/reassignments/${started.body.reassignment.id}/transitions`, { method: 'POST', token: admin, body: { event: 'END' } })).status).toBe(409)
    expect((await api(`/api/reassignments/${started.body.reassignment.id}?depth=0`, { token: admin })).body.status).toBe('in-progress')
    expect(await referentsOf(people)).toEqual([[Bruno.id], [Bruno.id]])
  })

  it('Une réaffectation impossible est refusée, et une autre Mission Locale ne lit pas l’historique', async () => {
    const { Bruno, Charles } = counsellors
    const person = await createAccount(Charles.id)
    const reassign = (body: Record<string, unknown>, token = admin) => api('/api/reassignments/reassign', { method: 'POST', token, body: { type: 'definitive', from: Charles.id, to: Bruno.id, ids: [person], ...body } })
    expect((await reassign({ type: 'forever' })).status).toBe(400)
    expect((await reassign({ type: 'temporary' })).status).toBe(400)
    expect((await reassign({ type: 'temporary', endsAt: '2001-01-01' })).status).toBe(400)
    expect((await reassign({ to: Charles.id })).status).toBe(400)
    expect((await reassign({ to: (await api('/api/users/me', { token: await login(staff('referent-forms')) })).body.user.id })).status).toBe(409)
    expect((await reassign({ from: Bruno.id })).status).toBe(400)
    expect((await reassign({}, await login(staff('referent-accounts-caen')))).status).toBe(400)
    expect((await reassign({}, await login(staff('referent-forms')))).status).toBe(403)
    expect(await referentsOf([person])).toEqual([[Charles.id]])

    const caen = await login(staff('referent-accounts-caen'))
    expect((await api('/api/reassignments?depth=0', { token: caen })).body.docs).toEqual([])
  })
})
