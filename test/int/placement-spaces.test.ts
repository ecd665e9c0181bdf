import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, staff } from '../helpers/api'
import { serverURL } from '../helpers/testEnv'
import { PEOPLE, asCandidate, asStaff, findFirst } from './placement-helpers'
import { pdf } from '../helpers/pdf'

const upload = async ({ token, space, title }: { token: string; space: number; title: string }) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await pdf(title))], { type: 'application/pdf' }), `${title.replace(/\W+/g, '-')}.pdf`)
  form.append('_payload', JSON.stringify({ space, title }))
  const response = await fetch(`${serverURL}/api/space-documents`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  return { status: response.status, body: await response.json() }
}

const fileStatus = async (path: string, token?: string) =>
  (await fetch(`${serverURL}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })).status

const idsOf = (body: { docs?: { id: number }[] }) => (body.docs ?? []).map((doc) => doc.id)

/** Who takes part, and the space this file builds (deleted at the end, with what was shared in it). */
const ctx = {} as {
  superAdmin: string
  referent: string
  missionOfficer: string
  creteil: string
  employer: string
  ids: { referent: number; missionOfficer: number; creteil: number; employer: number; bobigny: number }
  space: number
  document: { id: number; path: string }
  message: number
  event: number
}

const userId = async (token: string, email: string) => (await findFirst(token, 'users', `where[email][equals]=${encodeURIComponent(email)}`)).id as number

beforeAll(async () => {
  ctx.superAdmin = await login(staff('super-admin'))
  ctx.referent = await asStaff(PEOPLE.referent)
  ctx.missionOfficer = await asStaff(PEOPLE.missionOfficer)
  ctx.creteil = await asStaff(PEOPLE.referentCreteil)
  ctx.employer = await asStaff(PEOPLE.employer)
  ctx.ids = {
    referent: await userId(ctx.superAdmin, PEOPLE.referent),
    missionOfficer: await userId(ctx.superAdmin, PEOPLE.missionOfficer),
    creteil: await userId(ctx.superAdmin, PEOPLE.referentCreteil),
    employer: await userId(ctx.superAdmin, PEOPLE.employer),
    bobigny: (await findFirst(ctx.superAdmin, 'structures', `where[name][like]=Alfred-Costes`)).id,
  }
})

afterAll(async () => {
  if (ctx.space) await api(`/api/shared-spaces/${ctx.space}`, { method: 'DELETE', token: ctx.superAdmin })
})

describe('Espaces collaboratifs : créer un espace et y partager', () => {
  it('L’espace de démonstration est lu par ses trois membres, avec son message et son agenda ; pas par l’employeur', async () => {
    const name = encodeURIComponent('Référents handicap — lycées de Bobigny et Créteil')
    const space = await findFirst(ctx.creteil, 'shared-spaces', `where[name][equals]=${name}`)
    expect(idsOf((await api(`/api/space-messages?where[space][equals]=${space.id}`, { token: ctx.referent })).body)).toHaveLength(1)
    expect(idsOf((await api(`/api/space-events?where[space][equals]=${space.id}`, { token: ctx.missionOfficer })).body)).toHaveLength(1)
    expect(idsOf((await api(`/api/shared-spaces?where[name][equals]=${name}`, { token: ctx.employer })).body)).toEqual([])
  })


  it("L'administrateur crée l'espace d'une cohorte avec deux référents de deux établissements", async () => {
    const { status, body } = await api('/api/shared-spaces', {
      method: 'POST',
      token: ctx.superAdmin,
      body: { name: 'Cohorte alternance 2026', kind: 'cohort', description: 'Référents des lycées de Bobigny et Créteil.', structure: ctx.ids.bobigny, members: [ctx.ids.referent, ctx.ids.creteil] },
    })
    expect(status).toBe(201)
    ctx.space = body.doc.id
    const members = body.doc.members.map((member: number | { id: number }) => (typeof member === 'object' ? member.id : member))
    expect(members).toEqual(expect.arrayContaining([ctx.ids.referent, ctx.ids.creteil]))
  })

  it('Les membres échangent messages, documents et événements', async () => {
    const message = await api('/api/space-messages', { method: 'POST', token: ctx.referent, body: { space: ctx.space, body: 'Bonjour à tous, voici le planning des stages.' } })
    expect(message.status).toBe(201)
    expect(message.body.doc.author?.id ?? message.body.doc.author).toBe(ctx.ids.referent)
    ctx.message = message.body.doc.id

    const document = await upload({ token: ctx.referent, space: ctx.space, title: 'Planning des stages' })
    expect(document.status).toBe(201)
    ctx.document = { id: document.body.doc.id, path: new URL(document.body.doc.url, 'http://localhost').pathname }

    const event = await api('/api/space-events', {
      method: 'POST',
      token: ctx.creteil,
      body: { space: ctx.space, title: 'Réunion de cohorte', startsAt: '2027-01-15T09:00:00.000Z', endsAt: '2027-01-15T11:00:00.000Z', place: 'Visioconférence' },
    })
    expect(event.status).toBe(201)
    ctx.event = event.body.doc.id

    // The other member reads all of it, over REST, GraphQL and the file URL.
    expect(idsOf((await api(`/api/space-messages?where[space][equals]=${ctx.space}`, { token: ctx.creteil })).body)).toContain(ctx.message)
    expect((await api(`/api/space-documents/${ctx.document.id}`, { token: ctx.creteil })).status).toBe(200)
    expect(await fileStatus(ctx.document.path, ctx.creteil)).toBe(200)
    expect(idsOf((await api(`/api/space-events?where[space][equals]=${ctx.space}`, { token: ctx.referent })).body)).toContain(ctx.event)
    const viaGraphql = await graphql(`{ SpaceDocuments(where: { space: { equals: ${ctx.space} } }) { docs { id title } } }`, {}, ctx.creteil)
    expect(viaGraphql.errors).toBeUndefined()
    expect(viaGraphql.data.SpaceDocuments.docs.map((doc: { id: number }) => doc.id)).toContain(ctx.document.id)
  })

  it('Un non-membre ne voit rien : ni l’espace, ni ses messages, documents, événements, ni le fichier', async () => {
    for (const token of [ctx.missionOfficer, ctx.employer, await login(staff('admin')), await asCandidate(PEOPLE.emma)]) {
      expect([403, 404]).toContain((await api(`/api/shared-spaces/${ctx.space}`, { token })).status)
      expect([403, 404]).toContain((await api(`/api/space-documents/${ctx.document.id}`, { token })).status)
      expect([403, 404]).toContain((await api(`/api/space-messages/${ctx.message}`, { token })).status)
      expect([403, 404]).toContain((await api(`/api/space-events/${ctx.event}`, { token })).status)
      for (const collection of ['shared-spaces', 'space-messages', 'space-documents', 'space-events']) {
        const { body } = await api(`/api/${collection}?limit=100&depth=0`, { token })
        expect(idsOf(body)).not.toContain(collection === 'shared-spaces' ? ctx.space : collection === 'space-messages' ? ctx.message : collection === 'space-documents' ? ctx.document.id : ctx.event)
      }
      expect(await fileStatus(ctx.document.path, token)).toBe(403)
    }
    expect(await fileStatus(ctx.document.path)).toBe(403)
    // GraphQL: the lists of a professional of other spaces (the demo one) leave this one out; one of no space at all is refused.
    for (const token of [ctx.missionOfficer, ctx.employer]) {
      const viaGraphql = await graphql('{ SpaceDocuments(limit: 100) { docs { id } } SpaceMessages(limit: 100) { docs { id } } }', {}, token)
      for (const error of viaGraphql.errors ?? []) expect(error.extensions?.statusCode).toBe(403)
      expect((viaGraphql.data?.SpaceDocuments?.docs ?? []).map((doc: { id: number }) => doc.id)).not.toContain(ctx.document.id)
      expect((viaGraphql.data?.SpaceMessages?.docs ?? []).map((doc: { id: number }) => doc.id)).not.toContain(ctx.message)
    }
    // Nor does a non-member post into it.
    expect((await api('/api/space-messages', { method: 'POST', token: ctx.missionOfficer, body: { space: ctx.space, body: 'Intrus' } })).status).toBe(403)
    expect((await upload({ token: ctx.employer, space: ctx.space, title: 'Intrus' })).status).toBe(403)
  })

  it('Un membre invite un collègue de sa structure, pas un professionnel d’une autre structure ; il ne gère pas les membres', async () => {
    const outside = await api(`/api/shared-spaces/${ctx.space}/invite`, { method: 'POST', token: ctx.referent, body: { users: [ctx.ids.employer] } })
    expect(outside.status).toBe(400)
    expect(JSON.stringify(outside.body)).toContain('members')
    expect((await api(`/api/shared-spaces/${ctx.space}/invite`, { method: 'POST', token: ctx.referent, body: { users: 'tous' } })).status).toBe(400)
    expect((await api(`/api/shared-spaces/${ctx.space}/invite`, { method: 'POST', token: ctx.referent, body: { users: [ctx.ids.missionOfficer], role: 'admin' } })).status).toBe(400)
    // A plain member does not edit the space or its members (the administrators do).
    expect((await api(`/api/shared-spaces/${ctx.space}`, { method: 'PATCH', token: ctx.referent, body: { members: [ctx.ids.referent] } })).status).toBe(403)

    const invited = await api(`/api/shared-spaces/${ctx.space}/invite`, { method: 'POST', token: ctx.referent, body: { users: [ctx.ids.missionOfficer] } })
    expect(invited.status).toBe(200)
    expect(invited.body.added).toEqual([ctx.ids.missionOfficer])
    expect((await api(`/api/space-documents/${ctx.document.id}`, { token: ctx.missionOfficer })).status).toBe(200)
    expect(await fileStatus(ctx.document.path, ctx.missionOfficer)).toBe(200)
  })

  it('Un membre qui quitte l’espace perd aussitôt l’accès à ses documents (REST, GraphQL, URL du fichier)', async () => {
    // Before: Créteil's referent reads the document every way.
    expect((await api(`/api/space-documents/${ctx.document.id}`, { token: ctx.creteil })).status).toBe(200)
    expect(await fileStatus(ctx.document.path, ctx.creteil)).toBe(200)

    const left = await api(`/api/shared-spaces/${ctx.space}/leave`, { method: 'POST', token: ctx.creteil })
    expect(left.status).toBe(200)

    // At once, with the same token: nothing of the space is readable any more.
    expect([403, 404]).toContain((await api(`/api/space-documents/${ctx.document.id}`, { token: ctx.creteil })).status)
    expect(idsOf((await api('/api/space-documents?limit=100&depth=0', { token: ctx.creteil })).body)).not.toContain(ctx.document.id)
    expect(await fileStatus(ctx.document.path, ctx.creteil)).toBe(403)
    const viaGraphql = await graphql(`{ SpaceDocument(id: ${ctx.document.id}) { id } SpaceDocuments(limit: 100) { docs { id } } }`, {}, ctx.creteil)
    expect(viaGraphql.data?.SpaceDocument ?? null).toBeNull()
    expect((viaGraphql.data?.SpaceDocuments?.docs ?? []).map((doc: { id: number }) => doc.id)).not.toContain(ctx.document.id)
    expect([403, 404]).toContain((await api(`/api/space-messages/${ctx.message}`, { token: ctx.creteil })).status)
    // Even the event they proposed, and the space itself.
    expect([403, 404]).toContain((await api(`/api/space-events/${ctx.event}`, { token: ctx.creteil })).status)
    expect([403, 404]).toContain((await api(`/api/shared-spaces/${ctx.space}`, { token: ctx.creteil })).status)
    expect((await api('/api/space-messages', { method: 'POST', token: ctx.creteil, body: { space: ctx.space, body: 'Encore là ?' } })).status).toBe(403)
    expect((await api(`/api/shared-spaces/${ctx.space}/leave`, { method: 'POST', token: ctx.creteil })).status).toBe(404)

    // The members who stay keep everything.
    expect(await fileStatus(ctx.document.path, ctx.referent)).toBe(200)
    const space = await api(`/api/shared-spaces/${ctx.space}?depth=0`, { token: ctx.referent })
    expect(space.body.members).not.toContain(ctx.ids.creteil)
  })

  it('Administration : un administrateur d’une autre structure ne crée pas d’espace pour celle-ci ; un référent n’en crée pas', async () => {
    const admin = await login(staff('admin'))
    expect((await api('/api/shared-spaces', { method: 'POST', token: admin, body: { name: 'Hors périmètre', structure: ctx.ids.bobigny } })).status).toBe(403)
    expect((await api('/api/shared-spaces', { method: 'POST', token: ctx.referent, body: { name: 'Mon espace', structure: ctx.ids.bobigny } })).status).toBe(403)
    const missing = await api('/api/shared-spaces', { method: 'POST', token: ctx.superAdmin, body: { structure: ctx.ids.bobigny } })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toContain('name')
    const backwards = await api('/api/space-events', { method: 'POST', token: ctx.referent, body: { space: ctx.space, title: 'À l’envers', startsAt: '2027-01-15T11:00:00.000Z', endsAt: '2027-01-15T09:00:00.000Z' } })
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('endsAt')
  })

  it('Supprimer l’espace supprime ce qui y a été partagé', async () => {
    // The referent stays a member of another space, so a missing record reads 404 (not « no space at all », 403).
    const witness = await api('/api/shared-spaces', { method: 'POST', token: ctx.superAdmin, body: { name: 'Espace témoin', structure: ctx.ids.bobigny, members: [ctx.ids.referent] } })
    expect(witness.status).toBe(201)
    expect((await api(`/api/space-documents/${ctx.document.id}`, { token: ctx.referent })).status).toBe(200)
    expect((await api(`/api/shared-spaces/${ctx.space}`, { method: 'DELETE', token: ctx.superAdmin })).status).toBe(200)
    for (const [collection, id] of [['space-documents', ctx.document.id], ['space-messages', ctx.message], ['space-events', ctx.event]] as const) {
      expect((await api(`/api/${collection}/${id}`, { token: ctx.referent })).status).toBe(404)
    }
    expect([403, 404]).toContain(await fileStatus(ctx.document.path, ctx.referent))
    ctx.space = witness.body.doc.id
  })
})
