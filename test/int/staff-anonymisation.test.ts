import zlib from 'node:zlib'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'
import { serverURL } from '../helpers/testEnv'

/** Seed 003: homonyms, attaching an existing user, unsubscribing with anonymisation everywhere. */
const ANONYMISED = 'Donnée anonymisée'
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
const capital = (word: string) => word[0].toUpperCase() + word.slice(1)

let client: pg.Client
let superAdmin: string
let admin: string
let rouen: number
let caen: number

const structureId = async (name: string) =>
  (await api(`/api/structures?where[name][equals]=${encodeURIComponent(name)}&depth=0`, { token: superAdmin })).body.docs[0].id as number

const createUser = (token: string, body: Record<string, unknown>) =>
  api('/api/users', { method: 'POST', token, body: { password: 'Tremplin-Test-2026!', roles: ['referent-accounts'], ...body } })

const transition = (token: string, collection: string, id: number, event: string, data: Record<string, unknown> = {}) =>
  api(`/api/${collection}/${id}/transitions`, { method: 'POST', token, body: { event, ...data } })

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('databaseUrl') })
  await client.connect()
  superAdmin = await login(staff('super-admin'))
  admin = await login(staff('admin'))
  rouen = await structureId('Mission Locale de Rouen')
  caen = await structureId('Mission Locale de Caen')
})

/** A seeded bilan lent to the leaving user for the export check, given back afterwards: other files count on the demo data. */
let borrowedBilan: { id: number; counsellor: number } | undefined

afterAll(async () => {
  if (borrowedBilan) await client.query('UPDATE bilans SET counsellor_id = $1 WHERE id = $2', [borrowedBilan.counsellor, borrowedBilan.id])
  await client?.end()
  await closeLocalPayload()
})

describe('Homonymes à la création d’un utilisateur (manuel i-milo)', () => {
  const first = `Sylvïe${letters(6)}`
  const last = `Débout${letters(6)}`
  let existing: number
  let caenAdmin: string

  beforeAll(async () => {
    const created = await createUser(superAdmin, { email: `${letters(8)}@exemple.fr`, firstName: first, lastName: last, structures: [caen], phone: '0612345678', jobTitle: 'Conseillère' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    existing = created.body.doc.id
    // Some history: deactivated, then reactivated.
    expect((await transition(superAdmin, 'users', existing, 'DEACTIVATE')).status).toBe(200)
    expect((await transition(superAdmin, 'users', existing, 'REACTIVATE')).status).toBe(200)
    const adminEmail = `admin-caen-${letters(6)}@exemple.fr`
    const caenAdminUser = await createUser(superAdmin, { email: adminEmail, firstName: 'Admin', lastName: `Caen${letters(5)}`, roles: ['admin'], structures: [caen] })
    expect(caenAdminUser.status, JSON.stringify(caenAdminUser.body)).toBe(201)
    caenAdmin = await login(adminEmail, { password: 'Tremplin-Test-2026!' })
  })

  it('409 avec seulement nom, prénom, structures et statut, accents et casse ignorés ; rien n’est créé, ni par REST ni par GraphQL', async () => {
    const email = `${letters(8)}@exemple.fr`
    // A row written before the comparison key existed (a migrated base) is found all the same.
    await client.query('UPDATE users SET name_key = NULL WHERE id = $1', [existing])
    const refused = await createUser(admin, { email, firstName: first.toUpperCase().replace('Ï', 'I'), lastName: ` ${last.toLowerCase().replace('é', 'e')} `, structures: [rouen] })
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(Object.keys(refused.body)).toEqual(['duplicates'])
    expect(refused.body.duplicates).toHaveLength(1)
    const [duplicate] = refused.body.duplicates
    expect(Object.keys(duplicate).sort()).toEqual(['firstName', 'id', 'lastName', 'status', 'structures'])
    expect(duplicate).toEqual({ id: existing, firstName: first, lastName: last, structures: [{ id: caen, name: 'Mission Locale de Caen' }], status: 'active' })
    for (const secret of ['0612345678', 'Conseillère', '@exemple.fr', 'referent-accounts']) expect(JSON.stringify(refused.body)).not.toContain(secret)
    expect((await api(`/api/users?where[email][equals]=${email}`, { token: superAdmin })).body.totalDocs).toBe(0)

    const viaGraphql = await graphql(
      `mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }`,
      { data: { email, password: 'Tremplin-Test-2026!', firstName: first, lastName: last, roles: ['referent_accounts'], structures: [rouen], status: 'active' } },
      admin,
    )
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode, JSON.stringify(viaGraphql)).toBe(409)
    const data = (viaGraphql.errors?.[0]?.extensions as { data?: { duplicates: Record<string, unknown>[] } }).data
    expect(data?.duplicates.map((d) => Object.keys(d).sort())).toEqual([['firstName', 'id', 'lastName', 'status', 'structures']])
    expect((await api(`/api/users?where[email][equals]=${email}`, { token: superAdmin })).body.totalDocs).toBe(0)

    // The form's preview: same matches, same fields; only for those who create users.
    const preview = await api(`/api/users/homonyms?firstName=${encodeURIComponent('sylvie' + first.slice(6))}&lastName=${encodeURIComponent(last.toUpperCase())}`, { token: admin })
    expect(preview.status).toBe(200)
    expect(preview.body.duplicates).toEqual(refused.body.duplicates)
    expect((await api(`/api/users/homonyms?firstName=${first}&lastName=${last}`, { token: await login(staff('referent-full')) })).status).toBe(403)
    // Who may not create users learns nothing (403 before any search).
    const notAllowed = await createUser(await login(staff('referent-full')), { email, firstName: first, lastName: last, structures: [rouen] })
    expect(notAllowed.status).toBe(403)
    expect(JSON.stringify(notAllowed.body)).not.toContain(last)
  })

  it('« Ignorer les utilisateurs existants et créer un nouveau compte » crée l’homonyme (REST et GraphQL)', async () => {
    const a = `Homo${letters(6)}`
    const b = `Nyme${letters(6)}`
    const original = await createUser(superAdmin, { email: `${letters(8)}@exemple.fr`, firstName: a, lastName: b, structures: [caen] })
    expect(original.status).toBe(201)
    expect((await createUser(admin, { email: `${letters(8)}@exemple.fr`, firstName: a, lastName: b, structures: [rouen] })).status).toBe(409)
    const created = await createUser(admin, { email: `${letters(8)}@exemple.fr`, firstName: a, lastName: b, structures: [rouen], ignoreDuplicates: true })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.ignoreDuplicates).toBeUndefined()
    const viaGraphql = await graphql(
      `mutation ($data: mutationUserInput!) { createUser(data: $data) { id firstName } }`,
      { data: { email: `${letters(8)}@exemple.fr`, password: 'Tremplin-Test-2026!', firstName: a, lastName: b, roles: ['referent_accounts'], structures: [rouen], status: 'active', ignoreDuplicates: true } },
      admin,
    )
    expect(viaGraphql.errors, JSON.stringify(viaGraphql.errors)).toBeUndefined()
    expect(viaGraphql.data.createUser.firstName).toBe(a)
    expect((await api(`/api/users/homonyms?firstName=${a}&lastName=${b}`, { token: superAdmin })).body.duplicates).toHaveLength(3)
  })

  it('« Ajouter ce compte utilisateur à ma structure » garde le compte et son historique ; refusé à l’administrateur d’une autre structure', async () => {
    const before = (await api(`/api/users/${existing}/transitions`, { token: superAdmin })).body.history.map((h: { id: number }) => h.id)
    expect(before).toHaveLength(2)
    // The Rouen admin cannot read this Caen user yet.
    expect((await api(`/api/users/${existing}`, { token: admin })).status).toBe(404)
    // Another structure's admin: only their own structure, never Rouen.
    const elsewhere = await api(`/api/users/${existing}/attach`, { method: 'POST', token: caenAdmin, body: { structure: rouen } })
    expect(elsewhere.status).toBe(403)
    expect((await api(`/api/users/${existing}/attach`, { method: 'POST', token: await login(staff('referent-full')), body: {} })).status).toBe(403)

    const attached = await api(`/api/users/${existing}/attach`, { method: 'POST', token: admin, body: {} })
    expect(attached.status, JSON.stringify(attached.body)).toBe(200)
    expect(attached.body.doc.structures.sort()).toEqual([rouen, caen].sort())
    const seen = await api(`/api/users/${existing}?depth=0`, { token: admin })
    expect(seen.status).toBe(200)
    expect(seen.body.email).toBeTruthy()
    // Same account, same history (the transitions rows are the same ones).
    const after = (await api(`/api/users/${existing}/transitions`, { token: admin })).body.history.map((h: { id: number }) => h.id)
    expect(after).toEqual(before)
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM transitions WHERE collection = 'users' AND document = $1`, [String(existing)])
    expect(rows[0].n).toBe(2)
    expect((await api(`/api/users/${existing}/attach`, { method: 'POST', token: admin, body: {} })).status).toBe(409)
    expect((await api(`/api/users/999999/attach`, { method: 'POST', token: admin, body: {} })).status).toBe(404)
  })

  it('Un compte générique (accueil@, contact@, secretariat@…) est refusé : un utilisateur est une personne physique', async () => {
    for (const local of ['accueil', 'contact', 'secretariat', 'equipe.emploi']) {
      const refused = await createUser(admin, { email: `${local}@ml-rouen-${letters(4)}.fr`, firstName: 'Poste', lastName: `Générique${letters(4)}`, structures: [rouen] })
      expect(refused.status, local).toBe(400)
      expect(JSON.stringify(refused.body)).toContain('"path":"email"')
    }
  })

  it('La date à laquelle la désactivation a pris effet est enregistrée et montrée, effacée à la réactivation', async () => {
    const t0 = Date.now()
    const deactivated = await transition(admin, 'users', existing, 'DEACTIVATE')
    expect(deactivated.status).toBe(200)
    const since = Date.parse(deactivated.body.deactivatedAt)
    expect(since).toBeGreaterThanOrEqual(t0 - 1000)
    expect(since).toBeLessThanOrEqual(Date.now() + 1000)
    expect((await api(`/api/users/${existing}?depth=0`, { token: admin })).body.deactivatedAt).toBe(deactivated.body.deactivatedAt)
    // Nobody writes it by hand.
    await api(`/api/users/${existing}`, { method: 'PATCH', token: superAdmin, body: { deactivatedAt: '2020-01-01T00:00:00.000Z' } })
    expect((await api(`/api/users/${existing}?depth=0`, { token: admin })).body.deactivatedAt).toBe(deactivated.body.deactivatedAt)
    const reactivated = await transition(admin, 'users', existing, 'REACTIVATE')
    expect(reactivated.body.deactivatedAt ?? null).toBeNull()
  })
})

/** Every text, varchar and json(b) column of every table of the public schema: the rows holding `needle`. */
const searchEverywhere = async (needle: string) => {
  const { rows: columns } = await client.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
  )
  expect(columns.length).toBeGreaterThan(50)
  const hits: string[] = []
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`, [`%${needle}%`])
    if (rows[0].n > 0) hits.push(`${table}.${column} (${rows[0].n})`)
  }
  return hits
}

/** The text of a PDF, its compressed streams inflated. */
const pdfText = (bytes: Buffer) => {
  const raw = bytes.toString('latin1')
  const parts = [raw]
  const streams = /stream\r?\n/g
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    try {
      parts.push(zlib.inflateSync(bytes.subarray(start, end)).toString('latin1'))
    } catch {
      /* not deflated */
    }
  }
  return parts.join('\n')
}

const download = async (path: string, token: string) => {
  const response = await fetch(`${serverURL}${path}`, { headers: { authorization: `JWT ${token}` } })
  expect(response.status, path).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

describe('Désinscription et anonymisation (« Donnée anonymisée »)', () => {
  const first = capital(`émeric${letters(7)}`)
  const last = capital(`quasimodo${letters(7)}`)
  const email = `${first.toLowerCase()}.${last.toLowerCase()}@exemple.fr`.normalize('NFD').replace(/\p{M}/gu, '')
  let leaving: number
  let colleague: number
  let witness: number
  let followed: number
  let session: number
  let leavingToken: string
  let avatar: number

  const exportsAsAdmin = async () => {
    const { docs } = (await api('/api/instant-t?limit=1&depth=0', { token: superAdmin })).body
    const files = [
      (await download('/api/bilans/activity.csv', superAdmin)).toString('utf8'),
      (await download('/api/instant-t/export.csv', superAdmin)).toString('utf8'),
    ]
    if (docs[0]) files.push(pdfText(await download(`/api/instant-t/${docs[0].id}/pdf`, superAdmin)))
    return files
  }

  beforeAll(async () => {
    const created = await createUser(superAdmin, {
      email,
      password: 'Depart-2026!',
      firstName: first,
      lastName: last,
      phone: '0698765432',
      jobTitle: 'Directeur',
      roles: ['admin', 'referent-accounts'],
      functions: ['direction'],
      structures: [caen],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    leaving = created.body.doc.id
    leavingToken = (await api('/api/users/login', { method: 'POST', body: { email, password: 'Depart-2026!' } })).body.token
    colleague = (await createUser(superAdmin, { email: `${letters(9)}@exemple.fr`, firstName: 'Reprend', lastName: `Dossiers${letters(4)}`, structures: [caen] })).body.doc.id
    witness = (await createUser(superAdmin, { email: `${letters(9)}@exemple.fr`, firstName: 'Témoin', lastName: `Historique${letters(4)}`, structures: [caen] })).body.doc.id

    // Follows a young person.
    const account = await api('/api/accounts', { method: 'POST', token: superAdmin, body: { email: `${letters(9)}@exemple.fr`, lastName: 'Suivi', structure: caen, referents: [leaving] } })
    expect(account.status, JSON.stringify(account.body)).toBe(201)
    followed = account.body.doc.id
    // Acts: the actor of a colleague's history.
    expect((await transition(leavingToken, 'users', witness, 'DEACTIVATE')).status).toBe(200)
    expect((await transition(leavingToken, 'users', witness, 'REACTIVATE')).status).toBe(200)

    const payload = await localPayload()
    // Facilitator of a session (another person's record).
    const created2 = await payload.create({
      collection: 'sessions' as 'users',
      data: { title: 'Atelier anonymisation', kind: 'workshop', startsAt: new Date(Date.now() + 86400_000).toISOString(), endsAt: new Date(Date.now() + 90000_000).toISOString(), structure: caen, facilitator: leaving } as never,
      overrideAccess: true,
    })
    session = created2.id as number
    // Texts that copied the name: a colleague's notification, a lifecycle comment.
    await payload.create({
      collection: 'notifications' as 'users',
      data: { title: `Dossiers transférés par ${first} ${last}`, body: `${last.toUpperCase()} ${first} vous a confié 3 dossiers (${email}).`, recipientUser: colleague } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'notifications' as 'users',
      data: { title: `Bienvenue ${first}`, body: 'Votre compte est créé.', recipientUser: leaving } as never,
      overrideAccess: true,
    })
    await client.query(`UPDATE transitions SET comment = $1 WHERE collection = 'users' AND document = $2 AND event = 'REACTIVATE'`, [`Réactivé à la demande de ${first} ${last}`, String(witness)])
    // A photo.
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const photo = await payload.create({
      collection: 'media',
      data: { alt: `Photo de ${first} ${last}`, structure: caen } as never,
      file: { data: PNG, mimetype: 'image/png', name: `photo-${letters(8)}.png`, size: PNG.length },
      overrideAccess: true,
    })
    avatar = photo.id as number
    await payload.update({ collection: 'users', id: leaving, data: { avatar } as never, overrideAccess: true })
    // Counsellor of a bilan (the activity export names the counsellor).
    const { rows } = await client.query('SELECT id, counsellor_id FROM bilans ORDER BY id LIMIT 1')
    borrowedBilan = { id: rows[0].id, counsellor: rows[0].counsellor_id }
    await client.query('UPDATE bilans SET counsellor_id = $1 WHERE id = $2', [leaving, borrowedBilan.id])
  })

  it('tant qu’il reste des jeunes suivis ou la fonction Direction, la désinscription est refusée (409) avec chaque élément et son lien', async () => {
    const { allowed } = (await api(`/api/users/${leaving}/transitions`, { token: superAdmin })).body
    expect(allowed).not.toContain('UNSUBSCRIBE')
    const refused = await transition(superAdmin, 'users', leaving, 'UNSUBSCRIBE')
    expect(refused.status).toBe(409)
    const { message, data } = refused.body.errors[0]
    expect(message).toContain('1 jeune suivi')
    expect(message).toContain(`/admin/transferts?from=${leaving}`)
    expect(message).toContain('fonction Direction')
    expect(message).toContain(`/admin/collections/users/${leaving}`)
    expect(data.obstacles.map((o: { kind: string; collection?: string }) => o.collection ?? o.kind).sort()).toEqual(['accounts', 'direction'])
    expect((await api(`/api/users/${leaving}?depth=0`, { token: superAdmin })).body.firstName).toBe(first)

    // One cleared, the other still named.
    expect((await api(`/api/users/${leaving}/transfer-accounts`, { method: 'POST', token: superAdmin, body: { to: colleague } })).status).toBe(200)
    const still = await transition(superAdmin, 'users', leaving, 'UNSUBSCRIBE')
    expect(still.status).toBe(409)
    expect(still.body.errors[0].message).not.toContain('jeune')
    expect(still.body.errors[0].message).toContain('fonction Direction')
  })

  it('accepté une fois tout transféré ; ensuite le nom effacé ne se trouve plus nulle part (toute colonne texte de la base, tout export)', async () => {
    // Before: the name is there (so the searches below can find it).
    expect((await searchEverywhere(last)).length).toBeGreaterThan(0)
    expect((await exportsAsAdmin()).some((file) => file.includes(last))).toBe(true)

    expect((await api(`/api/users/${leaving}`, { method: 'PATCH', token: superAdmin, body: { functions: [] } })).status).toBe(200)
    const done = await transition(superAdmin, 'users', leaving, 'UNSUBSCRIBE')
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.status).toBe('unsubscribed')

    for (const needle of [first, last, email, email.split('@')[0], '0698765432']) expect(await searchEverywhere(needle), needle).toEqual([])
    const files = await exportsAsAdmin()
    for (const file of files) {
      expect(file).not.toContain(first)
      expect(file).not.toContain(last)
      expect(file.toLowerCase()).not.toContain(last.toLowerCase())
    }
    expect(files[0]).toContain(ANONYMISED)
  })

  it('ne se connecte plus, sa session est fermée, et disparaît des listes (sauf pour le super-admin)', async () => {
    expect((await api('/api/users/login', { method: 'POST', body: { email, password: 'Depart-2026!' } })).status).toBe(401)
    expect((await api('/api/users/me', { token: leavingToken })).body.user).toBeNull()
    const { rows } = await client.query(`SELECT hash, salt, email, phone, job_title FROM users WHERE id = $1`, [leaving])
    expect(rows[0]).toMatchObject({ hash: null, salt: null, phone: null, job_title: null })
    expect(rows[0].email).toMatch(/@anonymise\.invalid$/)
    // Their photo went with them.
    expect((await client.query(`SELECT avatar_id FROM users WHERE id = $1`, [leaving])).rows[0].avatar_id).toBeNull()
    expect((await client.query(`SELECT count(*)::int AS n FROM media WHERE id = $1`, [avatar])).rows[0].n).toBe(0)

    const caenReader = await login(staff('referent-accounts-caen'))
    const listed = await api('/api/users?limit=200&depth=0', { token: caenReader })
    expect(listed.body.docs.map((u: { id: number }) => u.id)).not.toContain(leaving)
    const viaGraphql = await graphql(`{ Users(limit: 200) { docs { id } } }`, {}, caenReader)
    expect(viaGraphql.data.Users.docs.map((u: { id: string | number }) => Number(u.id))).not.toContain(leaving)
    expect((await api('/api/users?limit=500&depth=0', { token: superAdmin })).body.docs.map((u: { id: number }) => u.id)).toContain(leaving)
  })

  it('« Donnée anonymisée » remplace son nom partout où il était montré : historique (REST et GraphQL), fiches des autres', async () => {
    const { history } = (await api(`/api/users/${witness}/transitions`, { token: superAdmin })).body
    expect(history).toHaveLength(2)
    for (const row of history) expect(row.actor).toEqual({ id: leaving, name: ANONYMISED })
    // The same for a colleague of the structure (no super-admin privilege involved).
    const colleagueView = (await api(`/api/users/${witness}/transitions`, { token: await login(staff('referent-accounts-caen')) })).body
    expect(colleagueView.history.map((row: { actor: { name: string } }) => row.actor.name)).toEqual([ANONYMISED, ANONYMISED])
    const leavingSeen = await api(`/api/users/${leaving}?depth=0`, { token: await login(staff('referent-accounts-caen')) })
    expect(leavingSeen.status).toBe(200)
    expect([leavingSeen.body.firstName, leavingSeen.body.lastName, leavingSeen.body.phone ?? null]).toEqual([ANONYMISED, ANONYMISED, null])
    expect(history[1].comment).toBe(`Réactivé à la demande de ${ANONYMISED}`)
    const viaGraphql = await graphql(`query ($id: ID!) { documentTransitions(collection: "users", id: $id) }`, { id: String(witness) }, superAdmin)
    expect(viaGraphql.errors).toBeUndefined()
    for (const row of viaGraphql.data.documentTransitions.history) expect(row.actor.name).toBe(ANONYMISED)

    const facilitator = (await api(`/api/sessions/${session}?depth=1`, { token: superAdmin })).body.facilitator
    expect(facilitator.firstName).toBe(ANONYMISED)
    expect(facilitator.lastName).toBe(ANONYMISED)
    const sessionGraphql = await graphql(`query ($id: Int!) { Session(id: $id) { facilitator { firstName lastName email } } }`, { id: session }, superAdmin)
    expect(sessionGraphql.data?.Session?.facilitator?.lastName, JSON.stringify(sessionGraphql)).toBe(ANONYMISED)

    const { docs: notes } = (await api(`/api/notifications?where[recipientUser][equals]=${colleague}&depth=0`, { token: superAdmin })).body
    const note = notes.find((n: { title: string }) => n.title.startsWith('Dossiers transférés'))
    expect(note.title).toBe(`Dossiers transférés par ${ANONYMISED}`)
    expect(note.body).toBe(`${ANONYMISED} vous a confié 3 dossiers (${ANONYMISED}).`)
    // The followed young person kept their new referent.
    expect((await api(`/api/accounts/${followed}?depth=0`, { token: superAdmin })).body.referents).toEqual([colleague])
  })
})
