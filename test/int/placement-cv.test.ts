import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'

import { relationId } from '../../src/kernel/lib/relationId'
import { api, graphql, login, staff } from '../helpers/api'
import { serverURL } from '../helpers/testEnv'
import { PEOPLE, asCandidate, asStaff, findFirst, offerByReference } from './placement-helpers'

/** The text of a PDF, as a reader would copy it. */
const pdfText = async (bytes: ArrayBuffer): Promise<string> => {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

const download = async (path: string, token?: string) => {
  const response = await fetch(`${serverURL}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: await response.arrayBuffer() }
}

const filePath = (url: string) => new URL(url, 'http://localhost').pathname

// What this file creates, given back at the end (other files count the seed's documents).
const created: { drafts: number[]; documents: number[] } = { drafts: [], documents: [] }

afterAll(async () => {
  const token = await login(staff('super-admin'))
  for (const id of created.drafts) await api(`/api/document-drafts/${id}`, { method: 'DELETE', token })
  for (const id of created.documents) await api(`/api/documents/${id}`, { method: 'DELETE', token })
})

const LUCAS_CV = {
  title: 'CV Lucas — cuisine',
  kind: 'cv',
  cv: {
    headline: 'Commis de cuisine en apprentissage',
    summary: 'Passionné de cuisine traditionnelle, ponctuel et rigoureux.',
    experiences: [{ role: 'Stagiaire en cuisine', employer: 'Brasserie du Canal', place: 'Pantin', period: 'mai 2025 – juin 2025', description: 'Préparation des entrées et plonge.' }],
    trainings: [{ diploma: 'CAP Cuisine', school: 'Lycée Alfred-Costes', period: '2024 – 2026' }],
    skills: [{ skill: 'Hygiène HACCP' }, { skill: 'Travail en équipe' }],
    languages: [{ language: 'Anglais', level: 'basic' }, { language: 'Portugais', level: 'native' }],
  },
}

describe('Atouts pour tous : le CV rédigé dans la plateforme', () => {
  it('Le candidat remplit son CV, le prévisualise et l’enregistre en PDF parmi ses documents : le PDF contient ce qu’il a saisi', async () => {
    const lucas = await asCandidate(PEOPLE.lucas)
    const { status, body } = await api('/api/document-drafts', { method: 'POST', token: lucas, body: LUCAS_CV })
    expect(status).toBe(201)
    const id = body.doc.id
    created.drafts.push(id)
    expect(body.doc.structure).toBeTruthy()

    const preview = await download(`/api/document-drafts/${id}/preview`, lucas)
    expect(preview.status).toBe(200)
    expect(preview.type).toBe('application/pdf')
    const previewed = await pdfText(preview.bytes)
    expect(previewed).toContain('Lucas Petit')

    const saved = await api(`/api/document-drafts/${id}/save`, { method: 'POST', token: lucas })
    expect(saved.status).toBe(201)
    created.documents.push(saved.body.document.id)
    expect(saved.body.document.type).toBe('cv')

    const document = await api(`/api/documents/${saved.body.document.id}?depth=0`, { token: lucas })
    expect(document.status).toBe(200)
    expect(document.body.title).toBe('CV Lucas — cuisine')
    expect(document.body.mimeType).toBe('application/pdf')
    const file = await download(filePath(document.body.url), lucas)
    expect(file.status).toBe(200)
    const text = await pdfText(file.bytes)
    for (const typed of [
      'Lucas Petit',
      'Commis de cuisine en apprentissage',
      'Passionné de cuisine traditionnelle, ponctuel et rigoureux.',
      'Stagiaire en cuisine — Brasserie du Canal — Pantin',
      'mai 2025 – juin 2025',
      'Préparation des entrées et plonge.',
      'CAP Cuisine — Lycée Alfred-Costes',
      'Hygiène HACCP',
      'Travail en équipe',
      'Anglais — Notions (A1–A2)',
      'Portugais — Langue maternelle',
      'EXPÉRIENCES PROFESSIONNELLES',
      'COMPÉTENCES',
      'LANGUES',
    ]) {
      expect(text).toContain(typed)
    }

    // The draft records the document it produced.
    const draft = await api(`/api/document-drafts/${id}?depth=0`, { token: lucas })
    expect(draft.body.document).toBe(saved.body.document.id)
    expect(draft.body.savedAt).toBeTruthy()
  })

  it('Enregistrer à nouveau remplace le même document par le PDF modifié', async () => {
    const lucas = await asCandidate(PEOPLE.lucas)
    const draft = await findFirst(lucas, 'document-drafts', `where[title][equals]=${encodeURIComponent('CV Lucas — cuisine')}`)
    const first = draft.document
    const patched = await api(`/api/document-drafts/${draft.id}`, { method: 'PATCH', token: lucas, body: { cv: { ...LUCAS_CV.cv, skills: [{ skill: 'Découpe des légumes' }] } } })
    expect(patched.status).toBe(200)
    const saved = await api(`/api/document-drafts/${draft.id}/save`, { method: 'POST', token: lucas })
    expect(saved.status).toBe(201)
    expect(saved.body.document.id).toBe(first)
    const document = await api(`/api/documents/${first}?depth=0`, { token: lucas })
    const text = await pdfText((await download(filePath(document.body.url), lucas)).bytes)
    expect(text).toContain('Découpe des légumes')
    expect(text).not.toContain('Hygiène HACCP')
  })

  it('Une autre structure ne lit ni le CV saisi, ni son PDF (REST, GraphQL, URL du fichier) ; un autre candidat non plus', async () => {
    const lucas = await asCandidate(PEOPLE.lucas)
    const draft = await findFirst(lucas, 'document-drafts', `where[title][equals]=${encodeURIComponent('CV Lucas — cuisine')}`)
    const document = await api(`/api/documents/${draft.document}?depth=0`, { token: lucas })
    const path = filePath(document.body.url)

    // His own establishment's referent reads both.
    const referent = await asStaff(PEOPLE.referent)
    expect((await api(`/api/document-drafts/${draft.id}`, { token: referent })).status).toBe(200)
    expect((await download(path, referent)).status).toBe(200)

    const outsiders = [await asStaff(PEOPLE.referentCreteil), await asStaff(PEOPLE.employer), await asStaff(staff('admin')), await asCandidate(PEOPLE.emma)]
    for (const token of outsiders) {
      expect([403, 404]).toContain((await api(`/api/document-drafts/${draft.id}`, { token })).status)
      expect([403, 404]).toContain((await api(`/api/documents/${draft.document}`, { token })).status)
      expect((await api(`/api/document-drafts?limit=100&depth=0`, { token })).body.docs?.map((doc: { id: number }) => doc.id) ?? []).not.toContain(draft.id)
      expect([403, 404]).toContain((await download(path, token)).status)
      expect([403, 404]).toContain((await download(`/api/document-drafts/${draft.id}/preview`, token)).status)
      expect([403, 404]).toContain((await api(`/api/document-drafts/${draft.id}/save`, { method: 'POST', token })).status)
      expect([403, 404]).toContain((await api(`/api/document-drafts/${draft.id}`, { method: 'PATCH', token, body: { title: 'Piraté' } })).status)
    }
    const creteil = await asStaff(PEOPLE.referentCreteil)
    const listed = await graphql('{ DocumentDrafts(limit: 100) { docs { id title } } }', {}, creteil)
    expect(listed.errors).toBeUndefined()
    expect(listed.data.DocumentDrafts.docs.map((doc: { id: number }) => doc.id)).not.toContain(draft.id)
    const one = await graphql(`{ DocumentDraft(id: ${draft.id}) { id title } }`, {}, creteil)
    expect(one.data?.DocumentDraft ?? null).toBeNull()
    expect((await download(path)).status).toBe(403)
    expect((await download(`/api/document-drafts/${draft.id}/preview`)).status).toBe(403)
    expect((await api(`/api/document-drafts/${draft.id}?depth=0`, { token: lucas })).body.title).toBe('CV Lucas — cuisine')
  })
})

describe('Atouts pour tous : la lettre de motivation à partir d’un modèle', () => {
  it('Le référent prépare la lettre d’Inès depuis un modèle et une offre ; elle l’utilise dans sa candidature', async () => {
    const referent = await asStaff(PEOPLE.referent)
    const ines = await asCandidate(PEOPLE.ines)
    const inesId = (await api('/api/accounts/me', { token: ines, headers: {} })).body.user.id
    const offer = await offerByReference(ines, 'TIDF-002')
    const { status, body } = await api('/api/document-drafts', {
      method: 'POST',
      token: referent,
      body: { title: 'Lettre Inès — maintenance', kind: 'cover-letter', account: inesId, letter: { template: 'work-study', offer: offer.id } },
    })
    expect(status).toBe(201)
    created.drafts.push(body.doc.id)
    // The template's merge fields are filled from the candidate and the offer.
    expect(body.doc.letter.body).toContain('Inès Moreau')
    expect(body.doc.letter.body).toContain('Transports Île-de-France Services')
    expect(body.doc.letter.position).toBe(offer.title)
    expect(body.doc.letter.body).not.toMatch(/\{(prenom|nom|entreprise|poste)\}/)

    // Inès rewrites a sentence, then saves the PDF herself.
    const edited = `${body.doc.letter.body}\n\nPS : je suis disponible dès septembre pour l’alternance.`
    expect((await api(`/api/document-drafts/${body.doc.id}`, { method: 'PATCH', token: ines, body: { letter: { ...body.doc.letter, body: edited } } })).status).toBe(200)
    const saved = await api(`/api/document-drafts/${body.doc.id}/save`, { method: 'POST', token: ines })
    expect(saved.status).toBe(201)
    created.documents.push(saved.body.document.id)
    expect(saved.body.document.type).toBe('cover-letter')

    const text = await pdfText((await download(filePath(saved.body.document.url), ines)).bytes)
    expect(text).toContain('Objet : candidature — Technicien de maintenance en alternance (H/F)')
    expect(text).toContain('je suis disponible dès septembre pour l’alternance.')
    expect(text).toContain('Inès Moreau')

    // Usable in a candidature: it is one of her cover letters.
    const candidature = await api('/api/candidatures', { method: 'POST', token: ines, body: { offer: offer.id, message: 'Bonjour, voici ma lettre rédigée sur Tremplin.', coverLetter: saved.body.document.id } })
    expect(candidature.status).toBe(201)
    expect(relationId(candidature.body.doc.coverLetter)).toBe(saved.body.document.id)
    expect((await api(`/api/candidatures/${candidature.body.doc.id}`, { method: 'DELETE', token: ines })).status).toBe(200)
  })

  it('Refus : un employeur ne rédige pas, un candidat n’écrit pas pour un autre, un corps inattendu est refusé', async () => {
    expect((await api('/api/document-drafts', { method: 'POST', token: await asStaff(PEOPLE.employer), body: { title: 'x', kind: 'cv' } })).status).toBe(403)
    const emma = await asCandidate(PEOPLE.emma)
    const lucas = await asCandidate(PEOPLE.lucas)
    const lucasId = (await api('/api/accounts/me', { token: lucas })).body.user.id
    // A candidate's draft is always their own, whatever account they name.
    const own = await api('/api/document-drafts', { method: 'POST', token: emma, body: { title: 'CV Emma', kind: 'cv', account: lucasId } })
    expect(own.status).toBe(201)
    created.drafts.push(own.body.doc.id)
    expect(own.body.doc.account).not.toBe(lucasId)
    // The referent of another establishment cannot write for Lucas.
    const creteil = await api('/api/document-drafts', { method: 'POST', token: await asStaff(PEOPLE.referentCreteil), body: { title: 'CV', kind: 'cv', account: lucasId } })
    expect(creteil.status).toBe(400)
    expect(JSON.stringify(creteil.body)).toContain('account')
    // Bad input: parameters to save, an unknown kind, a language without its name.
    expect((await api(`/api/document-drafts/${own.body.doc.id}/save`, { method: 'POST', token: emma, body: { format: 'docx' } })).status).toBe(400)
    expect((await api('/api/document-drafts', { method: 'POST', token: emma, body: { title: 'CV', kind: 'video' } })).status).toBe(400)
    const missing = await api('/api/document-drafts', { method: 'POST', token: emma, body: { title: 'CV', kind: 'cv', cv: { languages: [{ level: 'basic' }] } } })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toContain('cv.languages.0.language')
    expect((await api('/api/document-drafts/999999/save', { method: 'POST', token: emma })).status).toBe(404)
  })
})
