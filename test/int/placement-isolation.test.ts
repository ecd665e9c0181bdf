import { describe, expect, it } from 'vitest'

import { api, graphql } from '../helpers/api'
import { serverURL } from '../helpers/testEnv'
import { PEOPLE, asCandidate, asStaff, candidateDocuments, draftCandidature, findFirst, transition } from './placement-helpers'
import { pdf } from '../helpers/pdf'

/** One candidature per stage, built through the API: a draft, one awaiting validation, one sent. */
const stages = async () => {
  const draft = await draftCandidature({ candidate: PEOPLE.ines, reference: 'TIDF-001', message: 'Brouillon pour le test d’isolation.' })
  const awaiting = await draftCandidature({ candidate: PEOPLE.ines, reference: 'TIDF-001', message: 'En attente pour le test d’isolation.' })
  await transition(awaiting.token, 'candidatures', awaiting.id, 'SUBMIT')
  const sent = await draftCandidature({ candidate: PEOPLE.emma, reference: 'TIDF-001', message: 'Envoyée pour le test d’isolation.' })
  await transition(sent.token, 'candidatures', sent.id, 'SUBMIT')
  return { draft: draft.id, awaiting: awaiting.id, sent: sent.id }
}

describe("Atouts pour tous : ce que l'employeur voit (REST)", () => {
  it("L'employeur ne liste que les candidatures envoyées à son entreprise, sans le dossier du candidat", async () => {
    const ids = await stages()
    const token = await asStaff(PEOPLE.employer)
    const { status, body } = await api('/api/candidatures?limit=100&depth=0', { token })
    expect(status).toBe(200)
    const listed = body.docs.map((doc: { id: number }) => doc.id)
    expect(listed).toContain(ids.sent)
    expect(listed).not.toContain(ids.draft)
    expect(listed).not.toContain(ids.awaiting)
    for (const doc of body.docs) {
      expect(['sent', 'handled', 'accepted', 'rejected']).toContain(doc.status)
      expect(doc).not.toHaveProperty('candidate')
      expect(doc).not.toHaveProperty('structure')
    }
    expect((await api(`/api/candidatures/${ids.draft}`, { token })).status).toBe(404)
    expect((await api(`/api/candidatures/${ids.awaiting}`, { token })).status).toBe(404)
  })

  it("Une autre entreprise ne liste aucune candidature adressée à Transports Île-de-France", async () => {
    const token = await asStaff(PEOPLE.employerHotellerie)
    const { body } = await api('/api/candidatures?limit=100&depth=1', { token })
    for (const doc of body.docs) expect(doc.employer?.name ?? doc.employer).not.toBe('Transports Île-de-France Services')
    const transports = await findFirst(await asStaff(PEOPLE.employer), 'candidatures', 'where[status][equals]=sent')
    expect((await api(`/api/candidatures/${transports.id}`, { token })).status).toBe(404)
  })

  it("L'employeur ne peut pas filtrer sur les champs qui lui sont cachés", async () => {
    const token = await asStaff(PEOPLE.employer)
    const emma = await findFirst(await asStaff(PEOPLE.referent), 'accounts', `where[email][equals]=${PEOPLE.emma}`)
    for (const query of [`where[candidate][equals]=${emma.id}`, 'where[structure][exists]=true', 'where[candidate.lastName][equals]=Durand']) {
      const { status, body } = await api(`/api/candidatures?${query}`, { token })
      expect(status, query).toBe(400)
      expect(JSON.stringify(body)).not.toContain('Durand')
    }
  })

  it("L'employeur ne lit ni les comptes des candidats, ni les messages de suivi, ni les notes privées", async () => {
    const token = await asStaff(PEOPLE.employer)
    const emma = await findFirst(await asStaff(PEOPLE.referent), 'accounts', `where[email][equals]=${PEOPLE.emma}`)
    expect((await api('/api/accounts', { token })).status).toBe(403)
    expect((await api(`/api/accounts/${emma.id}`, { token })).status).toBe(403)
    expect((await api('/api/follow-up-messages', { token })).status).toBe(403)
    expect((await api('/api/private-notes', { token })).status).toBe(403)
  })

  it("L'employeur ne peut pas écrire de message de suivi sur une candidature reçue", async () => {
    const token = await asStaff(PEOPLE.employer)
    const sent = await findFirst(token, 'candidatures', 'where[status][equals]=sent')
    expect((await api('/api/follow-up-messages', { method: 'POST', token, body: { candidature: sent.id, body: 'Bonjour' } })).status).toBe(403)
  })
})

describe("Atouts pour tous : ce que l'employeur voit (GraphQL)", () => {
  it("La liste GraphQL ne montre que les candidatures envoyées, sans compte ni établissement", async () => {
    const token = await asStaff(PEOPLE.employer)
    const { data, errors } = await graphql('{ Candidatures(limit: 100) { docs { id status candidateName message candidate { id email } structure { id } } } }', {}, token)
    expect(errors ?? []).toEqual([])
    expect(data.Candidatures.docs.length).toBeGreaterThan(0)
    for (const doc of data.Candidatures.docs) {
      expect(['sent', 'handled', 'accepted', 'rejected']).toContain(doc.status)
      expect(doc.candidate).toBeNull()
      expect(doc.structure).toBeNull()
    }
  })

  it('Un filtre GraphQL sur le compte du candidat est refusé', async () => {
    const token = await asStaff(PEOPLE.employer)
    const { data, errors } = await graphql('{ Candidatures(where: { candidate: { exists: true } }) { docs { id } } }', {}, token)
    expect(errors?.length).toBeGreaterThan(0)
    expect(data?.Candidatures ?? null).toBeNull()
  })

  it('Les comptes, messages de suivi et notes privées restent fermés en GraphQL', async () => {
    const token = await asStaff(PEOPLE.employer)
    for (const query of ['{ Accounts { docs { id email } } }', '{ FollowUpMessages { docs { id body } } }', '{ PrivateNotes { docs { id body } } }']) {
      const { data, errors } = await graphql(query, {}, token)
      expect(errors?.length, query).toBeGreaterThan(0)
      expect(Object.values(data ?? {}).every((value) => value === null), query).toBe(true)
    }
  })
})

describe('Atouts pour tous : établissements et candidats', () => {
  it("Un référent d'un autre établissement ne voit pas les candidatures de Bobigny", async () => {
    const token = await asStaff(PEOPLE.referentCreteil)
    const { body } = await api('/api/candidatures?limit=100&depth=0', { token })
    const bobigny = await findFirst(await asStaff(PEOPLE.referent), 'candidatures', 'where[status][equals]=awaiting-validation')
    expect(body.docs.map((doc: { id: number }) => doc.id)).not.toContain(bobigny.id)
    expect((await api(`/api/candidatures/${bobigny.id}`, { token })).status).toBe(404)
  })

  it('Le chargé de mission voit les candidatures et les notes privées de son établissement', async () => {
    const referent = await asStaff(PEOPLE.referent)
    const ines = await findFirst(referent, 'accounts', `where[email][equals]=${PEOPLE.ines}`)
    const note = await api('/api/private-notes', { method: 'POST', token: referent, body: { account: ines.id, body: 'Besoin d’un accompagnement renforcé.' } })
    expect(note.status).toBe(201)
    const officer = await asStaff(PEOPLE.missionOfficer)
    expect((await api(`/api/private-notes/${note.body.doc.id}`, { token: officer })).status).toBe(200)
    expect((await api('/api/candidatures?limit=5', { token: officer })).body.totalDocs).toBeGreaterThan(0)
    expect((await api(`/api/private-notes/${note.body.doc.id}`, { token: await asStaff(PEOPLE.referentCreteil) })).status).toBe(404)
    expect((await api(`/api/private-notes/${note.body.doc.id}`, { token: await asCandidate(PEOPLE.ines) })).status).toBe(403)
  })

  it('Un référent ne peut pas écrire de note privée sur un candidat d’un autre établissement', async () => {
    const hugo = await findFirst(await asStaff(PEOPLE.referentCreteil), 'accounts', `where[email][equals]=${PEOPLE.hugo}`)
    const refused = await api('/api/private-notes', { method: 'POST', token: await asStaff(PEOPLE.referent), body: { account: hugo.id, body: 'Note' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('account')
  })

  it('Le candidat et son référent échangent des messages de suivi', async () => {
    const { token, id } = await draftCandidature({ candidate: PEOPLE.ines, reference: 'TIDF-001', message: 'Avec messages de suivi.' })
    const written = await api('/api/follow-up-messages', { method: 'POST', token, body: { candidature: id, body: "J'ai des difficultés pour rédiger ma lettre de motivation" } })
    expect(written.status).toBe(201)
    expect(written.body.doc.authorName).toBe('MOREAU Inès')
    const referent = await asStaff(PEOPLE.referent)
    const { body } = await api(`/api/follow-up-messages?where[candidature][equals]=${id}`, { token: referent })
    expect(body.docs).toHaveLength(1)
    const emma = await asCandidate(PEOPLE.emma)
    expect((await api(`/api/follow-up-messages/${written.body.doc.id}`, { token: emma })).status).toBe(404)
    expect((await api('/api/follow-up-messages', { method: 'POST', token: emma, body: { candidature: id, body: 'Intrusion' } })).status).toBe(400)
  })

  it("Un candidat ne peut pas se déclarer autonome ni choisir ses référents", async () => {
    const token = await asCandidate(PEOPLE.ines)
    const me = await findFirst(await asStaff(PEOPLE.referent), 'accounts', `where[email][equals]=${PEOPLE.ines}`)
    const officer = await findFirst(await asStaff(PEOPLE.referent), 'users', `where[email][equals]=${PEOPLE.missionOfficer}`)
    const { status } = await api(`/api/accounts/${me.id}`, { method: 'PATCH', token, body: { autonomous: true, referents: [officer.id] } })
    expect(status).toBe(200)
    // The candidate file is the module's own collection (issue #16): the candidate writes it there.
    const profile = await findFirst(token, 'candidate-profiles', `where[account][equals]=${me.id}`)
    expect((await api(`/api/candidate-profiles/${profile.id}`, { method: 'PATCH', token, body: { project: 'Mon projet mis à jour' } })).status).toBe(200)
    const after = await api(`/api/accounts/${me.id}?depth=0`, { token: await asStaff(PEOPLE.referent) })
    expect(after.body.autonomous).toBe(false)
    expect(after.body.referents).toEqual(me.referents)
    const profileAfter = await api(`/api/candidate-profiles/${profile.id}?depth=0`, { token: await asStaff(PEOPLE.referent) })
    expect(profileAfter.body.project).toBe('Mon projet mis à jour')
  })
})

describe('Atouts pour tous : documents', () => {
  it("Un candidat ne peut pas lire le document d'un autre, ni par son identifiant ni par son URL", async () => {
    const ines = await asCandidate(PEOPLE.ines)
    const { cv } = await candidateDocuments(ines)
    const own = await api(`/api/documents/${cv}`, { token: ines })
    expect(own.status).toBe(200)
    const path = new URL(own.body.url, 'http://localhost').pathname
    expect((await api(path, { token: ines })).status).toBe(200)
    const emma = await asCandidate(PEOPLE.emma)
    expect((await api(`/api/documents/${cv}`, { token: emma })).status).toBe(404)
    expect([403, 404]).toContain((await api(path, { token: emma })).status)
    expect([403, 404]).toContain((await api(path)).status)
  })

  it('Un candidat dépose son CV ; son référent le lit et le remplace, un employeur non', async () => {
    const token = await asCandidate(PEOPLE.lucas)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await pdf('CV Lucas Petit'))], { type: 'application/pdf' }), 'cv-lucas-2.pdf')
    form.append('_payload', JSON.stringify({ title: 'CV Lucas (version 2)', type: 'cv' }))
    const response = await fetch(`${serverURL}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    const created = await response.json()
    expect(response.status).toBe(201)
    const id = created.doc.id
    const referent = await asStaff(PEOPLE.referent)
    expect((await api(`/api/documents/${id}`, { token: referent })).status).toBe(200)
    expect((await api(`/api/documents?where[type][equals]=cv&limit=50`, { token: referent })).body.docs.every((doc: { type: string }) => doc.type === 'cv')).toBe(true)
    expect((await api(`/api/documents/${id}`, { method: 'PATCH', token: referent, body: { title: 'CV relu par le référent' } })).status).toBe(200)
    // Not attached to any candidature sent to a company: no employer reads it.
    expect((await api(`/api/documents/${id}`, { token: await asStaff(PEOPLE.employerHotellerie) })).status).toBe(404)
  })
})
