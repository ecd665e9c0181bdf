/**
 * The README's "Contrôle d'accès" table, checked cell by cell: every role × core collection ×
 * operation, on a record of one of the role's structures ("own") and of another ("other"),
 * over REST, the Local API (`overrideAccess: false`) and GraphQL. A write said refused must leave
 * the database as it was, whichever door it came through.
 */
import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ASSIGNABLE_ROLES, type Role } from '../../src/kernel/access/roles'
import type { MailCatcher } from '../../src/host/email/mailCatcher'
import { api, graphql, login, staff } from '../helpers/api'
import { graphqlCreate, graphqlDelete, graphqlUpdate } from '../helpers/graphqlWrites'
import { startTestMailbox } from '../helpers/mail'
import { closeLocalPayload, localPayload, userByEmail } from '../helpers/payload'

type Scope = 'tout' | 'ses structures' | 'soi' | 'aucun'
type Row = { collection: string; role: Role; read: Scope; create: Scope; update: Scope; delete: Scope }

const readTable = (): Row[] => {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf("## Contrôle d'accès"))
  return section
    .split('\n')
    .filter((line) => /^\| `[a-z-]+` \| `[a-z-]+` \|/.test(line))
    .map((line) => {
      const [collection, role, read, create, update, del] = line.split('|').slice(1, 7).map((c) => c.trim().replace(/`/g, ''))
      return { collection, role: role as Role, read, create, update, delete: del } as Row
    })
}

const ROWS = readTable()
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let payload: Payload
let seq = 0
const structureIds = new Map<string, number>()
const unique = () => `${Date.now()}-${++seq}`

const structureId = async (name: string) => {
  if (!structureIds.has(name)) {
    const { docs } = await payload.find({ collection: 'structures', where: { name: { equals: name } }, limit: 1, overrideAccess: true })
    structureIds.set(name, docs[0].id as number)
  }
  return structureIds.get(name)!
}

/** A structure of the role ("own") and one outside everything the role acts on ("other"). */
const placesOf = async (role: Role) => {
  const user = await userByEmail(payload, staff(role))
  const own = ((user.structures ?? []) as number[])[0] ?? (await structureId('Mission Locale de Rouen'))
  const isAcademic = ['academic-admin', 'counsellor', 'lead-counsellor'].includes(role)
  const other = await structureId(isAcademic || role === 'super-admin' ? 'Académie de Créteil' : 'Académie de Montpellier')
  return { user, own, other }
}

const fixtureRoleFor = (role: Role): Role => {
  const assignable = ASSIGNABLE_ROLES[role] ?? []
  return assignable.includes('referent-forms') ? 'referent-forms' : (assignable[0] ?? 'referent-forms')
}

/** Creates (as the system) a record of `collection` attached to `structure`. */
const fixture = async (collection: string, structure: number, role: Role, recipient?: number): Promise<number> => {
  switch (collection) {
    case 'structures':
      return (await payload.create({ collection: 'structures', data: { name: `Partenaire ${unique()}`, type: 'partner', parent: structure }, overrideAccess: true })).id as number
    case 'users':
      return (
        await payload.create({
          collection: 'users',
          data: { email: `u-${unique()}@exemple.fr`, password: 'Fixture-2026!', roles: [fixtureRoleFor(role)], structures: [structure] } as never,
          overrideAccess: true,
        })
      ).id as number
    case 'accounts':
      return (
        await payload.create({
          collection: 'accounts',
          data: {
            email: `a-${unique()}@exemple.fr`,
            password: 'Fixture-2026!',
            lastName: 'Fixture',
            structure,
            birthDate: '2000-01-01',
            // An establishment's candidate is followed by one of its referents (seed 004).
            referents: structure === (await structureId('Lycée professionnel Alfred-Costes (Bobigny)')) ? [(await userByEmail(payload, staff('establishment-referent'))).id] : [],
          } as never,
          overrideAccess: true,
        })
      ).id as number
    case 'media':
      return (
        await payload.create({
          collection: 'media',
          data: { alt: 'fixture', structure } as never,
          file: { data: PNG, mimetype: 'image/png', name: `f-${unique()}.png`, size: PNG.length },
          overrideAccess: true,
        })
      ).id as number
    case 'notifications':
      return (await payload.create({ collection: 'notifications', data: { title: `N ${unique()}`, recipientUser: recipient } as never, overrideAccess: true })).id as number
    default:
      throw new Error(collection)
  }
}

/** Data a caller would send to create a record of `collection` in `structure`. */
const creation = (collection: string, structure: number, role: Role): Record<string, unknown> => {
  switch (collection) {
    case 'structures':
      return { name: `Créée ${unique()}`, type: 'partner', parent: structure }
    case 'users':
      return { email: `c-${unique()}@exemple.fr`, password: 'Fixture-2026!', roles: [fixtureRoleFor(role)], structures: [structure] }
    case 'accounts':
      // An establishment's candidate needs a referent of the establishment: the creator (seed 004).
      return { email: `ca-${unique()}@exemple.fr`, lastName: 'Créé', birthDate: '2000-01-01', structure, iAmReferent: true }
    case 'notifications':
      return { title: 'Créée', recipientUser: 1 }
    default:
      return { structure }
  }
}

const update = (collection: string): Record<string, unknown> =>
  ({ structures: { city: 'Modifiée' }, users: { jobTitle: 'Modifié' }, accounts: { city: 'Modifiée' }, media: { alt: 'modifié' }, notifications: { readAt: '2026-01-02T03:04:05.000Z' } })[
    collection
  ]!

/** Whether the record now holds the values of `update(collection)`. */
const holdsUpdate = async (collection: string, id: number) => {
  const doc = (await payload.findByID({ collection: collection as 'users', id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
  return Object.entries(update(collection)).every(([key, value]) => doc[key] === value)
}

const exists = async (collection: string, id: number) =>
  (await payload.count({ collection: collection as 'users', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

/**
 * The highest id of the collection, and how many rows were written after it: what an operation
 * wrote, whatever the jobs delete meanwhile (a notification whose e-mail is refused is taken back,
 * which made a plain count of the table move under the test).
 */
const lastIdOf = async (collection: string) =>
  Number((await payload.find({ collection: collection as 'users', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0)
const writtenSince = async (collection: string, lastId: number) =>
  (await payload.count({ collection: collection as 'users', where: { id: { greater_than: lastId } }, overrideAccess: true })).totalDocs

/** The singular GraphQL name of a collection (`User`, `Account`…). */
const singularOf = (collection: string) => {
  const names = payload.collections[collection as 'users'].config.graphQL
  return names && typeof names === 'object' ? (names.singularName as string) : undefined
}

const createLocally = (collection: string, user: unknown, data: Record<string, unknown>) =>
  payload.create({
    collection: collection as 'users',
    data: (collection === 'media' ? { alt: 'local', structure: data.structure } : data) as never,
    ...(collection === 'media' ? { file: { data: PNG, mimetype: 'image/png', name: `l-${unique()}.png`, size: PNG.length } } : {}),
    overrideAccess: false,
    user: user as never,
  })

const expectedFor = (scope: Scope, place: 'own' | 'other') =>
  scope === 'tout' || ((scope === 'ses structures' || scope === 'soi') && place === 'own')

const createOverRest = async (collection: string, token: string, data: Record<string, unknown>) => {
  if (collection !== 'media') return api(`/api/${collection}`, { method: 'POST', token, body: data })
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), `up-${unique()}.png`)
  form.append('_payload', JSON.stringify({ alt: 'upload', structure: data.structure }))
  const response = await fetch(`${process.env.SERVER_URL}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  return { status: response.status, body: await response.json().catch(() => null) }
}

// The SMTP server is up, as in production: e-mails queued by earlier files go out instead of
// retrying (and writing) all through this file's « nothing written » checks.
let mailbox: MailCatcher
beforeAll(async () => {
  mailbox = await startTestMailbox()
  payload = await localPayload()
})
afterAll(async () => {
  await mailbox?.stop()
  await closeLocalPayload()
})

describe("Contrôle d'accès : la table du README est vraie", () => {
  it('la table couvre chaque rôle pour chaque collection du socle', () => {
    for (const collection of ['structures', 'users', 'accounts', 'media', 'notifications']) {
      expect(ROWS.filter((r) => r.collection === collection)).toHaveLength(16)
    }
  })

  for (const row of ROWS) {
    describe(`${row.collection} × ${row.role}`, () => {
      it(`lire : ${row.read}`, async () => {
        const { user, own, other } = await placesOf(row.role)
        const token = await login(staff(row.role))
        const otherUser = await userByEmail(payload, staff(row.role === 'admin' ? 'referent-full' : 'admin'))
        const ids = {
          own: await fixture(row.collection, own, row.role, user.id as number),
          other: await fixture(row.collection, other, row.role, otherUser.id as number),
        }
        const graphQLName = payload.collections[row.collection as 'users'].config.graphQL
        for (const place of ['own', 'other'] as const) {
          const expected = expectedFor(row.read, place)
          const rest = await api(`/api/${row.collection}/${ids[place]}?depth=0`, { token })
          expect(rest.status, `REST ${place}`).toBe(expected ? 200 : rest.status === 404 ? 404 : 403)
          const list = await api(`/api/${row.collection}?where[id][equals]=${ids[place]}&depth=0`, { token })
          expect(list.status === 200 ? list.body.docs.length : 0, `REST liste ${place}`).toBe(expected ? 1 : 0)
          const local = await payload
            .find({ collection: row.collection as 'users', where: { id: { equals: ids[place] } }, overrideAccess: false, user, depth: 0 })
            .then((r) => r.docs.length)
            .catch(() => 0)
          expect(local, `Local API ${place}`).toBe(expected ? 1 : 0)
          if (graphQLName && typeof graphQLName === 'object' && graphQLName.pluralName) {
            const gql = await graphql(`query ($id: JSON) { ${graphQLName.pluralName}(where: { id: { equals: $id } }) { docs { id } } }`, { id: ids[place] }, token)
            expect(gql.data?.[graphQLName.pluralName]?.docs?.length ?? 0, `GraphQL ${place}`).toBe(expected ? 1 : 0)
          }
        }
      })

      it(`créer : ${row.create}`, async () => {
        const { user, own, other } = await placesOf(row.role)
        const token = await login(staff(row.role))
        const singular = singularOf(row.collection)
        for (const place of ['own', 'other'] as const) {
          const expected = expectedFor(row.create, place)
          const structure = place === 'own' ? own : other
          const response = await createOverRest(row.collection, token, creation(row.collection, structure, row.role))
          expect(response.status, `REST ${place} ${JSON.stringify(response.body)}`).toBe(expected ? 201 : 403)

          const before = await lastIdOf(row.collection)
          const local = await createLocally(row.collection, user, creation(row.collection, structure, row.role))
            .then(() => true)
            .catch(() => false)
          expect(local, `Local API ${place}`).toBe(expected)
          expect(await writtenSince(row.collection, before), `Local API ${place} : rien d’écrit`).toBe(expected ? 1 : 0)

          // An upload needs its file, which only REST's multipart body carries.
          if (singular && row.collection !== 'media') {
            const gql = await graphqlCreate(singular, creation(row.collection, structure, row.role), token)
            expect(gql.ok, `GraphQL ${place} ${JSON.stringify(gql.errors)}`).toBe(expected)
            if (!expected) expect(await writtenSince(row.collection, before), `GraphQL ${place} : rien d’écrit`).toBe(local ? 1 : 0)
          }
        }
      })

      it(`modifier : ${row.update}`, async () => {
        const { user, own, other } = await placesOf(row.role)
        const token = await login(staff(row.role))
        const otherUser = await userByEmail(payload, staff(row.role === 'admin' ? 'referent-full' : 'admin'))
        for (const place of ['own', 'other'] as const) {
          const expected = expectedFor(row.update, place)
          const id = await fixture(row.collection, place === 'own' ? own : other, row.role, (place === 'own' ? user.id : otherUser.id) as number)
          const response = await api(`/api/${row.collection}/${id}`, { method: 'PATCH', token, body: update(row.collection) })
          expect(response.status, `REST ${place} ${JSON.stringify(response.body)}`).toBe(expected ? 200 : response.status === 404 ? 404 : 403)
          if (!expected) expect(response.status).not.toBe(200)
          const local = await payload
            .update({ collection: row.collection as 'users', id, data: update(row.collection) as never, overrideAccess: false, user })
            .then(() => true)
            .catch(() => false)
          expect(local, `Local API ${place}`).toBe(expected)

          const singular = singularOf(row.collection)
          if (singular) {
            const target = await fixture(row.collection, place === 'own' ? own : other, row.role, (place === 'own' ? user.id : otherUser.id) as number)
            const gql = await graphqlUpdate(singular, target, update(row.collection), token)
            expect(gql.ok, `GraphQL ${place} ${JSON.stringify(gql.errors)}`).toBe(expected)
            expect(await holdsUpdate(row.collection, target), `GraphQL ${place} : en base`).toBe(expected)
          }
        }
      })

      it(`supprimer : ${row.delete}`, async () => {
        const { user, own, other } = await placesOf(row.role)
        const token = await login(staff(row.role))
        const otherUser = await userByEmail(payload, staff(row.role === 'admin' ? 'referent-full' : 'admin'))
        for (const place of ['own', 'other'] as const) {
          const expected = expectedFor(row.delete, place)
          const id = await fixture(row.collection, place === 'own' ? own : other, row.role, (place === 'own' ? user.id : otherUser.id) as number)
          const response = await api(`/api/${row.collection}/${id}`, { method: 'DELETE', token })
          expect(response.status, `REST ${place} ${JSON.stringify(response.body)}`).toBe(expected ? 200 : response.status === 404 ? 404 : 403)
          expect(await exists(row.collection, id), `REST ${place} : encore en base`).toBe(!expected)

          const localTarget = await fixture(row.collection, place === 'own' ? own : other, row.role, (place === 'own' ? user.id : otherUser.id) as number)
          const local = await payload
            .delete({ collection: row.collection as 'users', id: localTarget, overrideAccess: false, user })
            .then(() => true)
            .catch(() => false)
          expect(local, `Local API ${place}`).toBe(expected)
          expect(await exists(row.collection, localTarget), `Local API ${place} : encore en base`).toBe(!expected)

          const singular = singularOf(row.collection)
          if (singular) {
            const target = await fixture(row.collection, place === 'own' ? own : other, row.role, (place === 'own' ? user.id : otherUser.id) as number)
            const gql = await graphqlDelete(singular, target, token)
            expect(gql.ok, `GraphQL ${place} ${JSON.stringify(gql.errors)}`).toBe(expected)
            expect(await exists(row.collection, target), `GraphQL ${place} : encore en base`).toBe(!expected)
          }
        }
      })
    })
  }
})
