import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nextRunAt } from '../../plugins/reference-tables/operations/nextRunAt'
import { runDueTransfers, runTransfer } from '../../plugins/reference-tables/operations/runTransfer'
import { referenceUsages } from '../../plugins/reference-tables/operations/usages'
import { DEMO_PASSWORD, api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

/** Seed 003, « Transfert d'éléments de tables de référence » and « Zone de couverture ». */
const MINUTE = 60_000
const unique = () => `${Date.now()}${Math.round(Math.random() * 1e4)}`

let payload: Payload
let superAdmin: string
let admin: string
let referent: string
let caenAdmin: string
let regionalAdmin: string
let rouenId: number
let caenId: number
let normandieId: number

const createStaff = async (roles: string[], structures: number[]) => {
  const email = `ref.${unique()}@exemple.fr`
  const created = await api('/api/users', {
    method: 'POST',
    token: superAdmin,
    body: { email, password: DEMO_PASSWORD, firstName: 'Agathe', lastName: `Essai${unique()}`, roles, structures },
  })
  if (created.status !== 201) throw new Error(`Utilisateur non créé : ${created.status} ${JSON.stringify(created.body)}`)
  return { id: created.body.doc.id as number, token: await login(email) }
}

const createItem = async (data: Record<string, unknown>, token = admin) =>
  api('/api/reference-items?depth=0', { method: 'POST', token, body: { table: 'contexts', structure: rouenId, ...data } })

const context = async (label: string, data: Record<string, unknown> = {}) => {
  const { status, body } = await createItem({ label: `${label} ${unique()}`, ...data })
  if (status !== 201) throw new Error(`Élément non créé : ${status} ${JSON.stringify(body)}`)
  return body.doc.id as number
}

const youngPerson = async (contextId: number | null, token = referent) => {
  const { status, body } = await api('/api/accounts', {
    method: 'POST',
    token,
    body: { email: `ref.${unique()}@exemple.fr`, password: DEMO_PASSWORD, firstName: 'Inès', lastName: `Contexte${unique()}`, postalCode: '76000', birthDate: '2004-04-04', structure: rouenId, context: contextId },
  })
  if (status !== 201) throw new Error(`Compte non créé : ${status} ${JSON.stringify(body)}`)
  return body.doc.id as number
}

const schedule = (source: number, destination: number, token = admin, table = 'contexts') =>
  api('/api/reference-transfers?depth=0', { method: 'POST', token, body: { table, source, destination } })

const contextOf = async (account: number) => (await api(`/api/accounts/${account}?depth=0`, { token: superAdmin })).body.context

beforeAll(async () => {
  payload = await localPayload()
  superAdmin = await login(staff('super-admin'))
  admin = await login(staff('admin'))
  referent = await login(staff('referent-accounts'))
  const structures = (await api('/api/structures?limit=100&depth=0&sort=id', { token: superAdmin })).body.docs as { id: number; name: string }[]
  rouenId = structures.find((s) => s.name === 'Mission Locale de Rouen')!.id
  caenId = structures.find((s) => s.name === 'Mission Locale de Caen')!.id
  normandieId = structures.find((s) => s.name === 'Région Normandie')!.id
  caenAdmin = (await createStaff(['admin'], [caenId])).token
  regionalAdmin = (await createStaff(['admin'], [normandieId])).token
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Tables de référence d’une Mission Locale', () => {
  it('les administrateurs de la Mission Locale gèrent ses tables ; ses référents les lisent sans les modifier', async () => {
    const created = await createItem({ label: `Premier accueil ${unique()}` })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ table: 'contexts', active: true, structure: rouenId })
    const id = created.body.doc.id
    expect((await api(`/api/reference-items/${id}`, { token: referent })).status).toBe(200)
    expect((await createItem({ label: 'Refusé' }, referent)).status).toBe(403)
    expect((await api(`/api/reference-items/${id}`, { method: 'PATCH', token: referent, body: { label: 'Modifié' } })).status).toBe(403)
    // Into another Mission Locale: refused.
    expect((await createItem({ label: 'Chez Caen', structure: caenId })).status).toBe(403)
    const noLabel = await createItem({ label: '' })
    expect(noLabel.status).toBe(400)
    expect(noLabel.body.errors[0].data.errors[0]).toMatchObject({ path: 'label', message: 'Le libellé est obligatoire.' })
  })

  it('l’administrateur d’une autre Mission Locale ne voit ni ne touche les tables de Rouen (REST et GraphQL)', async () => {
    const label = `Contexte de Rouen ${unique()}`
    const id = (await createItem({ label })).body.doc.id
    expect((await api(`/api/reference-items/${id}`, { token: caenAdmin })).status).toBe(404)
    expect((await api(`/api/reference-items?where[label][equals]=${encodeURIComponent(label)}`, { token: caenAdmin })).body.totalDocs).toBe(0)
    expect((await api(`/api/reference-items/${id}`, { method: 'PATCH', token: caenAdmin, body: { label: 'Piraté' } })).status).toBe(403)
    expect((await api(`/api/reference-items/${id}`, { method: 'DELETE', token: caenAdmin })).status).toBe(403)
    const listed = await graphql(`query($label: String) { ReferenceItems(where: { label: { equals: $label } }) { totalDocs } }`, { label }, caenAdmin)
    expect(listed.data.ReferenceItems.totalDocs).toBe(0)
    const one = await graphql(`query($id: Int!) { ReferenceItem(id: $id) { id label } }`, { id }, caenAdmin)
    expect(one.data?.ReferenceItem ?? null).toBeNull()
    const updated = await graphql(`mutation($id: Int!) { updateReferenceItem(id: $id, data: { label: "Piraté" }) { id } }`, { id }, caenAdmin)
    expect(updated.errors?.length).toBeGreaterThan(0)
    const deleted = await graphql(`mutation($id: Int!) { deleteReferenceItem(id: $id) { id } }`, { id }, caenAdmin)
    expect(deleted.errors?.length).toBeGreaterThan(0)
    expect((await api(`/api/reference-items/${id}`, { token: admin })).body.label).toBe(label)
    // Nor do they schedule a transfer of Rouen's items, nor see Rouen's transfers.
    const other = await context('Autre contexte de Rouen')
    const refused = await schedule(id, other, caenAdmin)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('source')
    const ours = await schedule(id, other)
    expect(ours.status).toBe(201)
    expect((await api(`/api/reference-transfers/${ours.body.doc.id}`, { token: caenAdmin })).status).toBe(404)
    const transfers = await graphql(`query { ReferenceTransfers(where: { structure: { equals: ${rouenId} } }) { totalDocs } }`, {}, caenAdmin)
    expect(transfers.data.ReferenceTransfers.totalDocs).toBe(0)
    expect((await api(`/api/reference-transfers/${ours.body.doc.id}/transitions`, { method: 'POST', token: caenAdmin, body: { event: 'CANCEL' } })).status).toBe(403)
    expect((await api(`/api/reference-transfers/${ours.body.doc.id}/transitions`, { method: 'POST', token: admin, body: { event: 'CANCEL' } })).status).toBe(200)
  })

  it('le contexte d’un jeune est un élément actif de la table des contextes de sa Mission Locale', async () => {
    const usable = await context('Orientation')
    const inactive = await context('Ancien', { active: false })
    const prescriber = (await createItem({ table: 'programme-prescribers', label: `Prescripteur ${unique()}` })).body.doc.id
    const account = await youngPerson(usable)
    expect(await contextOf(account)).toBe(usable)
    for (const wrong of [inactive, prescriber]) {
      const refused = await api(`/api/accounts/${account}`, { method: 'PATCH', token: referent, body: { context: wrong } })
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].data.errors[0].path).toBe('context')
    }
    // Another Mission Locale's staff cannot use Rouen's items either.
    const caenItem = (await api('/api/reference-items', { method: 'POST', token: caenAdmin, body: { table: 'contexts', label: `Caen ${unique()}`, structure: caenId } })).body.doc.id
    const crossed = await api(`/api/accounts/${account}`, { method: 'PATCH', token: referent, body: { context: caenItem } })
    expect(crossed.status).toBe(400)
    // Deactivating the item later does not make the file invalid.
    expect((await api(`/api/reference-items/${usable}`, { method: 'PATCH', token: admin, body: { active: false } })).status).toBe(200)
    expect((await api(`/api/accounts/${account}`, { method: 'PATCH', token: referent, body: { city: 'Rouen' } })).status).toBe(200)
  })

  it('les usages sont lus dans la configuration : le contexte des comptes en est un', () => {
    expect(referenceUsages(payload)).toContainEqual(expect.objectContaining({ collection: 'accounts', paths: [{ path: 'context', isPolymorphic: false }] }))
    expect(referenceUsages(payload).map((usage) => usage.collection)).not.toContain('reference-transfers')
  })
})

describe('Activer le mode transfert', () => {
  let source: number
  let destination: number
  let transfer: { id: number; scheduledFor: string }
  const accounts: number[] = []

  beforeAll(async () => {
    source = await context('Orientation France Travail (doublon)')
    destination = await context('Orientation France Travail')
    for (let i = 0; i < 3; i++) accounts.push(await youngPerson(source))
  })

  it('programme le transfert pour le prochain 04:00 (heure de Paris) ; personne ne peut le réaliser à la main', async () => {
    const before = new Date()
    const created = await schedule(source, destination)
    const after = new Date()
    expect(created.status).toBe(201)
    transfer = created.body.doc
    expect(created.body.doc).toMatchObject({ status: 'scheduled', table: 'contexts', source, destination, structure: rouenId, moved: 0 })
    expect([nextRunAt(before).toISOString(), nextRunAt(after).toISOString()]).toContain(new Date(transfer.scheduledFor).toISOString())
    expect(new Date(transfer.scheduledFor).getTime()).toBeGreaterThan(after.getTime())
    expect(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(transfer.scheduledFor))).toBe('04:00')
    // A date sent by the caller is not taken.
    const forged = await api('/api/reference-transfers', { method: 'POST', token: admin, body: { table: 'contexts', source: await context('X'), destination, scheduledFor: '2020-01-01T00:00:00.000Z' } })
    expect(forged.status).toBe(201)
    expect(forged.body.doc.scheduledFor).not.toBe('2020-01-01T00:00:00.000Z')
    // RUN is the clock's: refused to every person, super-admin included.
    for (const token of [admin, superAdmin]) {
      const run = await api(`/api/reference-transfers/${transfer.id}/transitions`, { method: 'POST', token, body: { event: 'RUN' } })
      expect(run.status).toBe(403)
    }
    expect((await api(`/api/reference-transfers/${transfer.id}/transitions`, { token: admin })).body.allowed).toEqual(['CANCEL'])
    // Nor edited or deleted.
    expect((await api(`/api/reference-transfers/${transfer.id}`, { method: 'PATCH', token: admin, body: { destination: source } })).status).toBe(403)
    expect((await api(`/api/reference-transfers/${transfer.id}`, { method: 'DELETE', token: admin })).status).toBe(403)
  })

  it('refuse un transfert incohérent : même élément, autre table, destination désactivée, source déjà programmée', async () => {
    const same = await schedule(source, source)
    expect(same.status).toBe(400)
    expect(same.body.errors[0].data.errors[0]).toMatchObject({ path: 'destination', message: "L'élément destination doit être différent de l'élément source." })
    const prescriber = (await createItem({ table: 'programme-prescribers', label: `Prescripteur ${unique()}` })).body.doc.id
    const otherTable = await schedule(await context('Y'), prescriber)
    expect(otherTable.status).toBe(400)
    expect(otherTable.body.errors[0].data.errors[0].path).toBe('destination')
    const inactive = await schedule(await context('Z'), await context('Désactivé', { active: false }))
    expect(inactive.status).toBe(400)
    expect(inactive.body.errors[0].data.errors[0].message).toContain('désactivé')
    const twice = await schedule(source, await context('Encore'))
    expect(twice.status).toBe(409)
    expect((await schedule(source, destination, referent)).status).toBe(403)
  })

  it('un élément utilisé ne peut pas être supprimé (409, avec le nombre de dossiers)', async () => {
    const refused = await api(`/api/reference-items/${source}`, { method: 'DELETE', token: admin })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('utilisé par 3 dossiers')
    expect((await api(`/api/reference-items/${source}`, { token: admin })).status).toBe(200)
  })

  it('l’horloge ne fait rien avant 04:00 ; après, chaque dossier passe de la source à la destination', async () => {
    const at = new Date(transfer.scheduledFor).getTime()
    expect((await runDueTransfers({ payload, now: new Date(at - MINUTE) })).map((r) => r.id)).not.toContain(transfer.id)
    expect((await api(`/api/reference-transfers/${transfer.id}`, { token: admin })).body.status).toBe('scheduled')
    for (const account of accounts) expect(await contextOf(account)).toBe(source)

    const ran = await runDueTransfers({ payload, now: new Date(at + MINUTE) })
    expect(ran).toContainEqual({ id: transfer.id, moved: 3, failed: 0 })
    const done = (await api(`/api/reference-transfers/${transfer.id}?depth=0`, { token: admin })).body
    expect(done).toMatchObject({ status: 'done', moved: 3, failed: 0 })
    expect(done.ranAt).toBeTruthy()
    for (const account of accounts) expect(await contextOf(account)).toBe(destination)
    const { history } = (await api(`/api/reference-transfers/${transfer.id}/transitions`, { token: admin })).body
    expect(history.at(-1)).toMatchObject({ event: 'RUN', from: 'scheduled', to: 'done' })
    // The clock again: nothing more to do.
    expect((await runDueTransfers({ payload, now: new Date(at + 2 * MINUTE) })).map((r) => r.id)).not.toContain(transfer.id)
  })

  it('la source reste dans la table ; plus utilisée, elle peut être supprimée', async () => {
    expect((await api(`/api/reference-items/${source}`, { token: admin })).status).toBe(200)
    expect((await api(`/api/reference-items/${source}`, { method: 'DELETE', token: admin })).status).toBe(200)
    expect((await api(`/api/reference-items/${destination}`, { method: 'DELETE', token: admin })).status).toBe(409)
  })

  it('« Suivre le transfert de références » : un transfert programmé s’annule ; annulé, l’horloge l’ignore', async () => {
    const from = await context('À garder')
    const to = await context('Cible')
    const account = await youngPerson(from)
    const { body } = await schedule(from, to)
    expect((await api(`/api/reference-transfers/${body.doc.id}/transitions`, { method: 'POST', token: referent, body: { event: 'CANCEL' } })).status).toBe(403)
    const cancelled = await api(`/api/reference-transfers/${body.doc.id}/transitions`, { method: 'POST', token: admin, body: { event: 'CANCEL' } })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.status).toBe('cancelled')
    expect((await api(`/api/reference-transfers/${body.doc.id}/transitions`, { method: 'POST', token: admin, body: { event: 'CANCEL' } })).status).toBe(409)
    await runDueTransfers({ payload, now: new Date(new Date(body.doc.scheduledFor).getTime() + MINUTE) })
    expect((await api(`/api/reference-transfers/${body.doc.id}`, { token: admin })).body.status).toBe('cancelled')
    expect(await contextOf(account)).toBe(from)
    // The list: scheduled and done transfers of one's Mission Locale, filtered by status.
    const scheduled = (await api('/api/reference-transfers?where[status][equals]=scheduled&limit=100', { token: admin })).body.docs
    const done = (await api('/api/reference-transfers?where[status][equals]=done&limit=100', { token: admin })).body.docs
    expect(scheduled.every((t: { status: string }) => t.status === 'scheduled')).toBe(true)
    expect(done.map((t: { id: number }) => t.id)).toContain(transfer.id)
  })
})

describe('Un transfert par lots courts', () => {
  const execute = (query: unknown) => (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle.execute(query)

  it('déplace par lots ; un dossier qui refuse la modification est compté en erreur, les autres passent, et la source reste utilisée', async () => {
    const from = await context('Lots source')
    const to = await context('Lots destination')
    const accounts: number[] = []
    for (let i = 0; i < 5; i++) accounts.push(await youngPerson(from))
    // A record the platform can no longer save as it is (an e-mail corrupted outside the API).
    const broken = accounts[2]
    await execute(sql`UPDATE accounts SET email = 'pas-une-adresse' WHERE id = ${broken}`)
    const { body } = await schedule(from, to)
    const transfer = await payload.findByID({ collection: 'reference-transfers', id: body.doc.id, depth: 0, overrideAccess: true })
    const result = await runTransfer({ payload, transfer: transfer as never })
    expect(result).toMatchObject({ moved: 4, failed: 1, isStopped: false })
    const stored = (await api(`/api/reference-transfers/${body.doc.id}?depth=0`, { token: admin })).body
    expect(stored).toMatchObject({ status: 'done', moved: 4, failed: 1 })
    expect(stored.errors).toEqual([expect.objectContaining({ collection: 'accounts', id: broken })])
    // The work itself is a bulk operation (progress, per-record errors) that the Mission Locale's admins read.
    expect(stored.operations).toHaveLength(1)
    const operation = (await api(`/api/bulk-operations/${stored.operations[0]}?depth=0`, { token: admin })).body
    expect(operation).toMatchObject({ kind: 'reference-transfer', kindLabel: 'Transfert de références', itemCollection: 'accounts', status: 'done', total: 5, done: 4, failed: 1 })
    expect(operation.errors).toEqual([expect.objectContaining({ item: broken })])
    expect((await api(`/api/bulk-operations/${stored.operations[0]}`, { token: caenAdmin })).status).toBe(404)
    for (const account of accounts) expect(await contextOf(account)).toBe(account === broken ? from : to)
    const refused = await api(`/api/reference-items/${from}`, { method: 'DELETE', token: admin })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('utilisé par 1 dossier')
    // Repaired, the record moves with a new transfer; the source can go.
    await execute(sql`UPDATE accounts SET email = ${`repare.${unique()}@exemple.fr`} WHERE id = ${broken}`)
    const again = await schedule(from, to)
    expect(again.status).toBe(201)
    expect(await runDueTransfers({ payload, now: new Date(new Date(again.body.doc.scheduledFor).getTime() + MINUTE) })).toContainEqual({ id: again.body.doc.id, moved: 1, failed: 0 })
    expect(await contextOf(broken)).toBe(to)
    expect((await api(`/api/reference-items/${from}`, { method: 'DELETE', token: admin })).status).toBe(200)
  })
})

describe('Ajouter un utilisateur aux tables des dispositifs en un clic', () => {
  it('l’administrateur ajoute un collègue aux référents de dispositif ; le nom est lu sur l’utilisateur', async () => {
    const colleague = (await api(`/api/users?where[email][equals]=${encodeURIComponent(staff('referent-offers'))}&depth=0`, { token: admin })).body.docs[0]
    const added = await api(`/api/users/${colleague.id}/reference-items`, { method: 'POST', token: admin, body: { table: 'programme-referents' } })
    expect(added.status).toBe(201)
    expect(added.body.doc).toMatchObject({ table: 'programme-referents', user: colleague.id, structure: rouenId, active: true })
    expect(added.body.doc.label).toBe(`${colleague.firstName} ${colleague.lastName}`)
    const again = await api(`/api/users/${colleague.id}/reference-items`, { method: 'POST', token: admin, body: { table: 'programme-referents' } })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ created: false, doc: { id: added.body.doc.id } })
    const listed = (await api(`/api/reference-items?where[table][equals]=programme-referents&where[user][equals]=${colleague.id}`, { token: referent })).body.docs
    expect(listed.map((item: { label: string }) => item.label)).toEqual([`${colleague.firstName} ${colleague.lastName}`])
    const wrongTable = await api(`/api/users/${colleague.id}/reference-items`, { method: 'POST', token: admin, body: { table: 'contexts' } })
    expect(wrongTable.status).toBe(400)
    expect(wrongTable.body.errors[0].data.errors[0].path).toBe('table')
    expect((await api(`/api/users/${colleague.id}/reference-items`, { method: 'POST', token: referent, body: { table: 'programme-prescribers' } })).status).toBe(403)
    expect([403, 404]).toContain((await api(`/api/users/${colleague.id}/reference-items`, { method: 'POST', token: caenAdmin, body: { table: 'programme-prescribers' } })).status)
  })
})

describe('Zone de couverture : céder des communes à une autre Mission Locale', () => {
  const coverage = async (id: number) => (await api(`/api/structures/${id}?depth=0`, { token: superAdmin })).body.postalCodes as string[]
  const move = (from: number, body: Record<string, unknown>, token: string) => api(`/api/structures/${from}/move-postal-codes`, { method: 'POST', token, body })

  it('refusé à qui n’administre pas les deux Missions Locales', async () => {
    expect((await move(rouenId, { to: caenId, postalCodes: ['76500'] }, referent)).status).toBe(403)
    expect((await move(rouenId, { to: caenId, postalCodes: ['76500'] }, admin)).status).toBe(403)
    expect((await move(caenId, { to: rouenId, postalCodes: ['14200'] }, caenAdmin)).status).toBe(403)
    expect(await coverage(rouenId)).toContain('76500')
    expect(await coverage(caenId)).not.toContain('76500')
  })

  it('l’administrateur régional déplace des communes : retirées de l’une, intégrées à l’autre, jamais couvertes deux fois', async () => {
    const notCovered = await move(rouenId, { to: caenId, postalCodes: ['14200'] }, regionalAdmin)
    expect(notCovered.status).toBe(400)
    expect(notCovered.body.errors[0].data.errors[0].path).toBe('postalCodes')
    const moved = await move(rouenId, { to: caenId, postalCodes: ['76500'] }, regionalAdmin)
    expect(moved.status).toBe(200)
    expect(moved.body.from.postalCodes).not.toContain('76500')
    expect(moved.body.to.postalCodes).toContain('76500')
    expect(await coverage(rouenId)).not.toContain('76500')
    expect(await coverage(caenId)).toContain('76500')
    // Rouen can no longer take it back by editing its own coverage.
    const taken = await api(`/api/structures/${rouenId}`, { method: 'PATCH', token: superAdmin, body: { postalCodes: [...(await coverage(rouenId)), '76500'] } })
    expect(taken.status).toBe(400)
    // The Instant-T / pre-registration lookup finds the new Mission Locale.
    const { docs } = await payload.find({ collection: 'structures', where: { and: [{ type: { equals: 'mission-locale' } }, { postalCodes: { in: ['76500'] } }] }, depth: 0, overrideAccess: true })
    expect(docs.map((d) => d.id)).toEqual([caenId])
  })

  it('changements simultanés d’une même commune : un seul passe, la commune n’est jamais couverte deux fois', async () => {
    const structures = (await api('/api/structures?where[type][equals]=mission-locale&limit=100&depth=0', { token: superAdmin })).body.docs as { id: number; name: string }[]
    const leHavreId = structures.find((s) => s.name === 'Mission Locale du Havre')!.id
    const coveredBy = async (code: string) =>
      (await payload.find({ collection: 'structures', where: { and: [{ type: { equals: 'mission-locale' } }, { postalCodes: { in: [code] } }] }, depth: 0, overrideAccess: true })).docs.map((d) => d.id)
    // A free commune claimed by three Missions Locales at once.
    const claims = await Promise.all(
      [rouenId, caenId, leHavreId].map(async (id) => api(`/api/structures/${id}`, { method: 'PATCH', token: superAdmin, body: { postalCodes: [...(await coverage(id)), '76800'] } })),
    )
    expect(claims.filter((r) => r.status === 200)).toHaveLength(1)
    expect(claims.filter((r) => r.status === 400)).toHaveLength(2)
    expect(await coveredBy('76800')).toHaveLength(1)
    // The same commune handed to two Missions Locales at once.
    const moves = await Promise.all([move(caenId, { to: rouenId, postalCodes: ['76500'] }, superAdmin), move(caenId, { to: leHavreId, postalCodes: ['76500'] }, superAdmin)])
    expect(moves.map((r) => r.status).sort()).toEqual([200, 400])
    expect(await coveredBy('76500')).toHaveLength(1)
    // Give the commune back to Rouen: other files (Instant-T scoping) count on the demo coverage.
    const [holder] = await coveredBy('76500')
    if (holder !== rouenId) expect((await move(holder, { to: rouenId, postalCodes: ['76500'] }, superAdmin)).status).toBe(200)
    expect(await coveredBy('76500')).toEqual([rouenId])
  })
})
