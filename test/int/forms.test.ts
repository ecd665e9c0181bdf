import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

let payload: Payload
const ids: Record<string, number> = {}

const structureId = async (name: string) =>
  Number((await payload.find({ collection: 'structures', where: { name: { equals: name } }, depth: 0, overrideAccess: true })).docs[0].id)

const aForm = (title: string, structure: number) => ({
  title,
  structure,
  fields: [{ blockType: 'text', name: 'nom', label: 'Votre nom', required: true }],
  confirmationType: 'redirect',
  redirect: { url: 'https://exemple.fr/merci' },
})

beforeAll(async () => {
  payload = await localPayload()
  ids.rouen = await structureId('Mission Locale de Rouen')
  ids.caen = await structureId('Mission Locale de Caen')
  const admin = await login(staff('super-admin'))
  for (const [key, structure] of [['formRouen', ids.rouen], ['formCaen', ids.caen]] as const) {
    const { status, body } = await api('/api/forms', { method: 'POST', token: admin, body: aForm(`Inscription atelier ${key}`, structure) })
    expect(status).toBe(201)
    ids[key] = body.doc.id
  }
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Formulaires (soumissions)', () => {
  it('Le site public envoie une réponse sans connexion ; elle rejoint la structure du formulaire, quoi qu’il envoie', async () => {
    const { status, body } = await api('/api/form-submissions', {
      method: 'POST',
      body: { form: ids.formRouen, structure: ids.caen, submissionData: [{ field: 'nom', value: 'Julia Bernard' }] },
    })
    expect(status).toBe(201)
    const stored = (await payload.findByID({ collection: 'form-submissions', id: body.doc.id, depth: 0, overrideAccess: true })) as Record<string, any>
    expect(stored.structure).toBe(ids.rouen)
    ids.submissionRouen = body.doc.id
    const caen = await api('/api/form-submissions', { method: 'POST', body: { form: ids.formCaen, submissionData: [{ field: 'nom', value: 'Yanis Garcia' }] } })
    ids.submissionCaen = caen.body.doc.id
  })

  it('Un anonyme ne lit ni les formulaires ni les réponses, et ne modifie rien', async () => {
    expect((await api('/api/form-submissions')).status).toBe(403)
    expect((await api(`/api/form-submissions/${ids.submissionRouen}`)).status).toBe(403)
    expect((await api('/api/forms')).status).toBe(403)
    expect((await api('/api/forms', { method: 'POST', body: aForm('Pirate', ids.rouen) })).status).toBe(403)
    expect((await api(`/api/form-submissions/${ids.submissionRouen}`, { method: 'DELETE' })).status).toBe(403)
  })

  it('Le référent formulaires de Rouen lit les réponses de Rouen, jamais celles de Caen', async () => {
    const token = await login(staff('referent-forms'))
    const { status, body } = await api('/api/form-submissions?limit=100&depth=0', { token })
    expect(status).toBe(200)
    const seen = body.docs.map((d: any) => d.id)
    expect(seen).toContain(ids.submissionRouen)
    expect(seen).not.toContain(ids.submissionCaen)
    expect((await api(`/api/form-submissions/${ids.submissionCaen}`, { token })).status).toBe(404)
  })

  it('Il ne peut pas créer de formulaire pour une autre Mission Locale', async () => {
    const token = await login(staff('referent-forms'))
    expect((await api('/api/forms', { method: 'POST', token, body: aForm('Atelier Caen', ids.caen) })).status).toBe(403)
    expect((await api('/api/forms', { method: 'POST', token, body: aForm('Atelier Rouen', ids.rouen) })).status).toBe(201)
  })

  it('Un référent Instant-T n’a pas accès aux formulaires', async () => {
    const token = await login(staff('referent-instant-t'))
    expect((await api('/api/form-submissions', { token })).status).toBe(403)
    expect((await api('/api/forms', { token })).status).toBe(403)
  })
})
