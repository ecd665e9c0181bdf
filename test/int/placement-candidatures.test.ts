import { describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { PEOPLE, asCandidate, asStaff, candidateDocuments, draftCandidature, offerByReference, transition } from './placement-helpers'

describe('Atouts pour tous : parcours d’une candidature', () => {
  let pathId = 0

  it('Un candidat non autonome envoie sa candidature : elle attend la validation du référent', async () => {
    const { token, id, doc } = await draftCandidature({ candidate: PEOPLE.ines, reference: 'TIDF-001', message: 'Bonjour, voici mes documents.' })
    expect(doc.status).toBe('draft')
    expect(doc.kind).toBe('offer')
    expect(doc.candidateName).toBe('MOREAU Inès')
    const submitted = await transition(token, 'candidatures', id, 'SUBMIT', { helpRequested: false })
    expect(submitted.status).toBe(200)
    expect(submitted.body.status).toBe('awaiting-validation')
    pathId = id
  })

  it("L'employeur ne voit pas une candidature en attente de validation", async () => {
    const token = await asStaff(PEOPLE.employer)
    expect((await api(`/api/candidatures/${pathId}`, { token })).status).toBe(404)
    const list = await api('/api/candidatures?limit=100&depth=0', { token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(pathId)
  })

  it("Un référent d'un autre établissement ne peut pas valider la candidature", async () => {
    const token = await asStaff(PEOPLE.referentCreteil)
    const refused = await transition(token, 'candidatures', pathId, 'VALIDATE')
    expect(refused.status).toBe(403)
    const referent = await asStaff(PEOPLE.referent)
    expect((await api(`/api/candidatures/${pathId}`, { token: referent })).body.status).toBe('awaiting-validation')
  })

  it("L'employeur ne peut pas valider à la place du référent", async () => {
    const token = await asStaff(PEOPLE.employer)
    expect((await transition(token, 'candidatures', pathId, 'VALIDATE')).status).toBe(403)
  })

  it('Le référent modifie le message puis valide : la candidature est envoyée au recruteur', async () => {
    const token = await asStaff(PEOPLE.referent)
    const allowed = await api(`/api/candidatures/${pathId}/transitions`, { token })
    expect(allowed.body.allowed).toEqual(['VALIDATE'])
    const edited = await api(`/api/candidatures/${pathId}`, { method: 'PATCH', token, body: { message: 'Bonjour, message relu avec mon référent.' } })
    expect(edited.status).toBe(200)
    const validated = await transition(token, 'candidatures', pathId, 'VALIDATE')
    expect(validated.status).toBe(200)
    expect(validated.body.status).toBe('sent')
    expect(validated.body.sentAt).toBeTruthy()
  })

  it('Une fois envoyée, la candidature ne se modifie plus', async () => {
    const token = await asStaff(PEOPLE.referent)
    const refused = await api(`/api/candidatures/${pathId}`, { method: 'PATCH', token, body: { message: 'Trop tard' } })
    expect(refused.status).toBe(403)
  })

  it("L'employeur voit la candidature envoyée : message, CV et lettre, sans le dossier du candidat", async () => {
    const token = await asStaff(PEOPLE.employer)
    const { status, body } = await api(`/api/candidatures/${pathId}?depth=1`, { token })
    expect(status).toBe(200)
    expect(body.message).toBe('Bonjour, message relu avec mon référent.')
    expect(body.candidateName).toBe('MOREAU Inès')
    expect(body).not.toHaveProperty('candidate')
    expect(body).not.toHaveProperty('structure')
    expect(body.cv.type).toBe('cv')
    expect(body.cv).not.toHaveProperty('account')
    const file = await api(new URL(body.cv.url, 'http://localhost').pathname, { token })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('application/pdf')
  })

  it("L'employeur ne peut pas retenir une candidature qu'il n'a pas prise en charge (409)", async () => {
    const token = await asStaff(PEOPLE.employer)
    const refused = await transition(token, 'candidatures', pathId, 'ACCEPT')
    expect(refused.status).toBe(409)
  })

  it("Une autre entreprise ne voit pas la candidature et ne peut pas la traiter", async () => {
    const token = await asStaff(PEOPLE.employerHotellerie)
    expect((await api(`/api/candidatures/${pathId}`, { token })).status).toBe(404)
    expect((await transition(token, 'candidatures', pathId, 'HANDLE')).status).toBe(403)
  })

  it("L'employeur prend en charge la candidature ; le candidat ne peut plus la retirer", async () => {
    const employer = await asStaff(PEOPLE.employer)
    const handled = await transition(employer, 'candidatures', pathId, 'HANDLE')
    expect(handled.status).toBe(200)
    expect(handled.body.status).toBe('handled')
    const candidate = await asCandidate(PEOPLE.ines)
    expect((await transition(candidate, 'candidatures', pathId, 'WITHDRAW')).status).toBe(409)
  })

  it("L'employeur retient la candidature ; l'historique garde chaque étape", async () => {
    const employer = await asStaff(PEOPLE.employer)
    const accepted = await transition(employer, 'candidatures', pathId, 'ACCEPT')
    expect(accepted.status).toBe(200)
    expect(accepted.body.status).toBe('accepted')
    const referent = await asStaff(PEOPLE.referent)
    const { body } = await api(`/api/candidatures/${pathId}/transitions`, { token: referent })
    expect(body.label).toBe('Retenue')
    expect(body.history.map((row: { event: string }) => row.event)).toEqual(['SUBMIT', 'VALIDATE', 'HANDLE', 'ACCEPT'])
    expect(body.allowed).toEqual([])
  })

  it('Le tableau de bord du référent montre les bandeaux de ses candidatures ; celui de l’employeur, les candidatures reçues', async () => {
    const referent = await asStaff(PEOPLE.referent)
    const { status, body } = await api('/api/candidatures/banners?limit=50', { token: referent })
    expect(status).toBe(200)
    const banner = body.docs.find((doc: { id: number }) => doc.id === pathId)
    expect(banner).toMatchObject({ kindLabel: 'Candidature à une offre', statusLabel: 'Retenue', candidateName: 'MOREAU Inès' })
    expect(banner.sentAt).toBeTruthy()
    const employer = await asStaff(PEOPLE.employerHotellerie)
    const received = await api('/api/candidatures/banners?limit=50', { token: employer })
    expect(received.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(pathId)
    expect((await api('/api/candidatures/banners')).status).toBe(403)
  })

  it('Un candidat autonome qui ne demande pas d’aide envoie directement sa candidature', async () => {
    const { token, id } = await draftCandidature({ candidate: PEOPLE.emma, reference: 'TIDF-002', message: 'Bonjour, je candidate en autonomie.' })
    const sent = await transition(token, 'candidatures', id, 'SUBMIT', { helpRequested: false })
    expect(sent.status).toBe(200)
    expect(sent.body.status).toBe('sent')
    const employer = await asStaff(PEOPLE.employer)
    expect((await api(`/api/candidatures/${id}`, { token: employer })).status).toBe(200)
  })

  it('Un candidat autonome qui sollicite l’aide de son référent attend sa validation', async () => {
    const { token, id } = await draftCandidature({ candidate: PEOPLE.emma, reference: 'TIDF-GEN', message: "J'ai besoin d'aide pour ma lettre." })
    const submitted = await transition(token, 'candidatures', id, 'SUBMIT', { helpRequested: true })
    expect(submitted.status).toBe(200)
    expect(submitted.body.status).toBe('awaiting-validation')
  })

  it('Un candidat envoie une candidature spontanée à une entreprise', async () => {
    const token = await asCandidate(PEOPLE.ines)
    const hotellerie = (await api('/api/directory/employers?q=Hôtellerie', { token: await asStaff(PEOPLE.referent) })).body.docs[0]
    const { status, body } = await api('/api/candidatures', { method: 'POST', token, body: { employer: hotellerie.id, message: 'Candidature spontanée.', ...(await candidateDocuments(token)) } })
    expect(status).toBe(201)
    expect(body.doc.kind).toBe('spontaneous')
    expect(body.doc.title).toContain('Candidature spontanée')
  })

  it('Un candidat retire sa candidature avant qu’elle ne soit prise en charge', async () => {
    const { token, id } = await draftCandidature({ candidate: PEOPLE.ines, reference: 'HSD-002', message: 'Bonjour.' })
    expect((await transition(token, 'candidatures', id, 'SUBMIT')).body.status).toBe('awaiting-validation')
    const withdrawn = await transition(token, 'candidatures', id, 'WITHDRAW')
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.status).toBe('withdrawn')
  })

  it("Un candidat ne peut pas joindre le CV d'un autre candidat", async () => {
    const emma = await candidateDocuments(await asCandidate(PEOPLE.emma))
    const token = await asCandidate(PEOPLE.ines)
    const offer = await offerByReference(token, 'TIDF-001')
    const { status, body } = await api('/api/candidatures', { method: 'POST', token, body: { offer: offer.id, message: 'Bonjour', cv: emma.cv } })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('cv')
  })

  it('Une candidature sans message est refusée avec un message en français', async () => {
    const { token, id } = await draftCandidature({ candidate: PEOPLE.ines, reference: 'TIDF-001', message: 'à vider' })
    await api(`/api/candidatures/${id}`, { method: 'PATCH', token, body: { message: '' } })
    const refused = await api('/api/candidatures', { method: 'POST', token, body: { offer: (await offerByReference(token, 'TIDF-001')).id } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('message')
  })

  it('Une offre clôturée ne reçoit pas de candidature', async () => {
    const employer = await asStaff(PEOPLE.employer)
    const closed = await offerByReference(employer, 'TIDF-003')
    const token = await asCandidate(PEOPLE.ines)
    const refused = await api('/api/candidatures', { method: 'POST', token, body: { offer: closed.id, message: 'Bonjour' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('offer')
  })
})

describe('Atouts pour tous : parcours d’une demande de parrainage', () => {
  const ask = async (employerName: string) => {
    const referent = await asStaff(PEOPLE.referent)
    const employer = (await api(`/api/directory/employers?q=${encodeURIComponent(employerName)}`, { token: referent })).body.docs[0]
    const token = await asCandidate(PEOPLE.ines)
    const { status, body } = await api('/api/parrainages', { method: 'POST', token, body: { employer: employer.id, message: "J'aimerais avoir un parrain." } })
    expect(status).toBe(201)
    expect(body.doc.status).toBe('awaiting-validation')
    return body.doc.id as number
  }

  it("Le référent valide la demande, l'entreprise l'accepte", async () => {
    const id = await ask('Transports')
    const employer = await asStaff(PEOPLE.employer)
    expect((await api(`/api/parrainages/${id}`, { token: employer })).status).toBe(404)
    const referent = await asStaff(PEOPLE.referent)
    expect((await api(`/api/parrainages/${id}`, { method: 'PATCH', token: referent, body: { message: 'Message relu par le référent.' } })).status).toBe(200)
    expect((await transition(employer, 'parrainages', id, 'ACCEPT')).status).toBe(403)
    const validated = await transition(referent, 'parrainages', id, 'VALIDATE')
    expect(validated.body.status).toBe('validated')
    const seen = await api(`/api/parrainages/${id}`, { token: employer })
    expect(seen.status).toBe(200)
    expect(seen.body.message).toBe('Message relu par le référent.')
    expect(seen.body).not.toHaveProperty('candidate')
    expect((await transition(employer, 'parrainages', id, 'ACCEPT')).body.status).toBe('accepted')
  })

  it("L'entreprise décline une demande validée ; un référent ne peut pas l'accepter à sa place", async () => {
    const id = await ask('Transports')
    const referent = await asStaff(PEOPLE.referent)
    await transition(referent, 'parrainages', id, 'VALIDATE')
    expect((await transition(referent, 'parrainages', id, 'ACCEPT')).status).toBe(403)
    const employer = await asStaff(PEOPLE.employer)
    expect((await transition(employer, 'parrainages', id, 'DECLINE')).body.status).toBe('declined')
    expect((await transition(employer, 'parrainages', id, 'ACCEPT')).status).toBe(409)
  })

  it("Un référent d'un autre établissement ne valide pas la demande", async () => {
    const id = await ask('Hôtellerie')
    const token = await asStaff(PEOPLE.referentCreteil)
    expect((await transition(token, 'parrainages', id, 'VALIDATE')).status).toBe(403)
  })
})
