import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, staff } from '../helpers/api'
import { serverURL } from '../helpers/testEnv'

type Doc = { id: number; title: string; [key: string]: any }

const TOULOUSE_ADMIN = 'academic-admin-toulouse@tremplin.test'
const TOULOUSE_COUNSELLOR = 'counsellor-toulouse@tremplin.test'
const INES = 'ines.moulin@exemple.fr'
const HUGO = 'hugo.perrin@exemple.fr'

/** The seeded bilans, by title: other test files may add thousands of bilans (the CSV test does). */
const SEEDED_TITLES = ['Bilan de Inès Moulin', 'Bilan de Hugo Perrin', 'Bilan de Léa Fabre']
const SEEDED = SEEDED_TITLES.map((title, i) => `where[title][in][${i}]=${encodeURIComponent(title)}`).join('&')

const candidate = (email: string) => login(email, { collection: 'accounts' })

const csvOf = async (token: string) => {
  const response = await fetch(`${serverURL}/api/bilans/activity.csv`, { headers: { authorization: `JWT ${token}` } })
  const text = (await response.text()).replace(/^\uFEFF/, '')
  return { status: response.status, lines: text.split('\r\n').filter(Boolean) }
}

/**
 * Seed 002 and the bilan's access rules: who edits the phases, who sees which bilan, what a
 * candidate may do with their phases. Demo data: Inès (Lunel, Luc Blanc), Hugo (Sète, Camille
 * Roux, lead counsellor), Léa (Albi, académie de Toulouse).
 */
describe('Bilan en ligne : droits et cloisonnement', () => {
  let phases: Doc[]
  let bilans: Record<string, Doc>
  let inesSteps: Doc[]

  beforeAll(async () => {
    const root = await login(staff('super-admin'))
    phases = (await api('/api/bilan-phases?sort=order&limit=20&depth=0', { token: root })).body.docs
    const all = (await api(`/api/bilans?${SEEDED}&depth=0`, { token: root })).body.docs as Doc[]
    bilans = Object.fromEntries(all.map((b) => [b.title, b]))
    expect(Object.keys(bilans).sort()).toEqual([...SEEDED_TITLES].sort())
    inesSteps = (await api(`/api/bilan-steps?where[bilan][equals]=${bilans['Bilan de Inès Moulin'].id}&sort=order&depth=0`, { token: root })).body.docs
  })

  it("Un administrateur académique crée des conseillers de son académie seulement, et seulement conseiller ou conseiller référent", async () => {
    const root = await login(staff('super-admin'))
    const structureId = async (name: string) => (await api(`/api/structures?where[name][equals]=${encodeURIComponent(name)}&depth=0`, { token: root })).body.docs[0].id
    const [sete, albi] = [await structureId('Sète'), await structureId('Albi')]
    const token = await login(staff('academic-admin'))
    const user = (suffix: string, roles: string[], structures: number[]) => ({
      email: `conseiller-${suffix}-${Date.now()}@tremplin.test`,
      password: 'Temporaire2026!',
      roles,
      structures,
    })
    expect((await api('/api/users', { method: 'POST', token, body: user('toulouse', ['counsellor'], [albi]) })).status).toBe(403)
    expect((await api('/api/users', { method: 'POST', token, body: user('admin', ['admin'], [sete]) })).status).toBe(403)
    const lead = await api('/api/users', { method: 'POST', token, body: user('referent', ['counsellor', 'lead-counsellor'], [sete]) })
    expect(lead.status).toBe(201)
    expect(lead.body.doc.roles).toEqual(['counsellor', 'lead-counsellor'])
    // A counsellor does not create staff.
    expect((await api('/api/users', { method: 'POST', token: await login(staff('counsellor')), body: user('x', ['counsellor'], [sete]) })).status).toBe(403)
  })

  it('Un conseiller lit les phases mais, sans être conseiller référent, ne peut pas les modifier (403 en REST et en GraphQL)', async () => {
    const token = await login(staff('counsellor'))
    expect((await api('/api/bilan-phases?limit=20', { token })).body.docs).toHaveLength(10)
    const rest = await api(`/api/bilan-phases/${phases[0].id}`, { method: 'PATCH', token, body: { title: 'Titre modifié' } })
    expect(rest.status).toBe(403)
    const gql = await graphql(`mutation { updateBilanPhase(id: ${phases[0].id}, data: { title: "Titre modifié" }) { id title } }`, {}, token)
    expect(gql.errors?.[0]?.extensions?.statusCode).toBe(403)
    const created = await api('/api/bilan-phases', { method: 'POST', token, body: { title: 'Nouvelle phase', order: 11 } })
    expect(created.status).toBe(403)
    const after = await api(`/api/bilan-phases/${phases[0].id}`, { token })
    expect(after.body.title).toBe('Contexte de la demande')
  })

  it('Un conseiller référent prépare un brouillon puis le publie ; les réponses déjà données gardent la question posée', async () => {
    const token = await login(staff('lead-counsellor'))
    const phase = phases[1]
    expect(phase.title).toBe('Retour historique')
    const oldLabel = phase.questions[0].label
    const questions = phase.questions.map((q: Doc, i: number) => ({ ...q, label: i === 0 ? 'Quels diplômes et certifications avez-vous obtenus ?' : q.label }))
    const draft = await api(`/api/bilan-phases/${phase.id}?draft=true`, { method: 'PATCH', token, body: { questions, _status: 'draft' } })
    expect(draft.status).toBe(200)
    // The candidate still reads the published version while the change is being prepared.
    const ines = await candidate(INES)
    expect((await api(`/api/bilan-phases/${phase.id}`, { token: ines })).body.questions[0].label).toBe(oldLabel)
    const gql = await graphql(
      `mutation { updateBilanPhase(id: ${phase.id}, data: { _status: published }) { id _status } }`,
      {},
      token,
    )
    expect(gql.errors).toBeUndefined()
    const published = await api(`/api/bilan-phases/${phase.id}`, { token: ines })
    expect(published.body.questions[0].label).toBe('Quels diplômes et certifications avez-vous obtenus ?')
    const step = (await api(`/api/bilan-steps/${inesSteps[1].id}`, { token: ines })).body
    expect(step.answers.formations).toMatch(/^Réponse de Inès/)
    expect(step.answeredQuestions.formations.label).toBe(oldLabel)
  })

  it("L'administrateur d'une autre académie ne voit aucun bilan de l'académie de Montpellier (REST)", async () => {
    const token = await login(TOULOUSE_ADMIN)
    const list = await api('/api/bilans?limit=50&depth=0', { token })
    expect(list.body.docs.map((b: Doc) => b.title)).toEqual(['Bilan de Léa Fabre'])
    expect([403, 404]).toContain((await api(`/api/bilans/${bilans['Bilan de Inès Moulin'].id}`, { token })).status)
    expect([403, 404]).toContain((await api(`/api/bilan-steps/${inesSteps[0].id}`, { token })).status)
    const steps = await api('/api/bilan-steps?limit=100&depth=0', { token })
    expect(steps.body.docs.every((s: Doc) => s.bilan === bilans['Bilan de Léa Fabre'].id)).toBe(true)
    const montpellier = await login(staff('academic-admin'))
    const theirs = (await api(`/api/bilans?${SEEDED}&depth=0`, { token: montpellier })).body.docs.map((b: Doc) => b.title)
    expect(theirs).toEqual(expect.arrayContaining(['Bilan de Inès Moulin', 'Bilan de Hugo Perrin']))
    expect(theirs).not.toContain('Bilan de Léa Fabre')
  })

  it("L'administrateur d'une autre académie ne voit aucun bilan de l'académie de Montpellier (GraphQL)", async () => {
    const token = await login(TOULOUSE_ADMIN)
    const { data } = await graphql('{ Bilans(limit: 50) { docs { title } } BilanSteps(limit: 100) { docs { title bilan { title } } } }', {}, token)
    expect(data.Bilans.docs.map((b: Doc) => b.title)).toEqual(['Bilan de Léa Fabre'])
    expect(data.BilanSteps.docs.every((s: Doc) => s.bilan.title === 'Bilan de Léa Fabre')).toBe(true)
    const byId = await graphql(`{ Bilan(id: ${bilans['Bilan de Inès Moulin'].id}) { title } }`, {}, token)
    expect(byId.data?.Bilan ?? null).toBeNull()
  })

  it("Le CSV de chaque académie ne contient que ses propres candidats ; un conseiller n'a que les siens ; un candidat n'y a pas accès", async () => {
    const toulouse = await csvOf(await login(TOULOUSE_ADMIN))
    expect(toulouse.status).toBe(200)
    expect(toulouse.lines.slice(1).every((line) => line.split(';')[1] === 'Albi')).toBe(true)
    expect(toulouse.lines.length).toBeGreaterThan(1)
    const montpellier = await csvOf(await login(staff('academic-admin')))
    const dabms = new Set(montpellier.lines.slice(1).map((line) => line.split(';')[1]))
    expect([...dabms].sort()).toEqual(['Lunel', 'Sète'])
    const luc = await csvOf(await login(staff('counsellor')))
    expect(luc.lines.slice(1).every((line) => line.split(';')[2] === 'Luc Blanc')).toBe(true)
    expect((await csvOf(await candidate(INES))).status).toBe(403)
    expect((await api('/api/bilans/activity', { token: await login(TOULOUSE_COUNSELLOR) })).body.rows.map((r: Doc) => r.dabm)).toEqual(['Albi'])
  })

  it('Un conseiller ne voit que les bilans de ses propres candidats', async () => {
    const token = await login(staff('counsellor'))
    const titles = (await api(`/api/bilans?${SEEDED}&depth=0`, { token })).body.docs.map((b: Doc) => b.title)
    expect(titles).toContain('Bilan de Inès Moulin')
    expect(titles).not.toContain('Bilan de Hugo Perrin')
  })

  it("Un candidat ne lit ni le bilan d'un autre, ni une phase qui n'a pas été choisie pour lui", async () => {
    const token = await candidate(INES)
    expect((await api('/api/bilans?depth=0', { token })).body.docs.map((b: Doc) => b.title)).toEqual(['Bilan de Inès Moulin'])
    expect([403, 404]).toContain((await api(`/api/bilans/${bilans['Bilan de Hugo Perrin'].id}`, { token })).status)
    const readable = (await api('/api/bilan-phases?limit=20&sort=order', { token })).body.docs.map((p: Doc) => p.title)
    expect(readable).toEqual(phases.slice(0, 4).map((p) => p.title))
    expect([403, 404]).toContain((await api(`/api/bilan-phases/${phases[4].id}`, { token })).status)
    const hugo = await candidate(HUGO)
    expect([403, 404]).toContain((await api(`/api/bilan-steps/${inesSteps[0].id}`, { token: hugo })).status)
    const patch = await api(`/api/bilan-steps/${inesSteps[1].id}`, { method: 'PATCH', token: hugo, body: { answers: { formations: 'Intrus' } } })
    expect([403, 404]).toContain(patch.status)
  })

  it('SOUMETTRE sans une réponse obligatoire est refusé (400 nommant la question) et rien ne change', async () => {
    const token = await candidate(INES)
    const step = inesSteps[1]
    const cleared = await api(`/api/bilan-steps/${step.id}`, { method: 'PATCH', token, body: { answers: { formations: null } } })
    expect(cleared.status).toBe(200)
    expect(cleared.body.doc.answers.formations).toBeUndefined()
    const before = (await api(`/api/bilan-steps/${step.id}/transitions`, { token })).body
    const submit = await api(`/api/bilan-steps/${step.id}/transitions`, { method: 'POST', token, body: { event: 'SUBMIT' } })
    expect(submit.status).toBe(400)
    expect(JSON.stringify(submit.body)).toContain('Quels diplômes et certifications avez-vous obtenus ?')
    expect(JSON.stringify(submit.body)).toContain('answers.formations')
    const after = (await api(`/api/bilan-steps/${step.id}/transitions`, { token })).body
    expect(after.state).toBe('in-progress')
    expect(after.history).toHaveLength(before.history.length)
    expect((await api(`/api/bilan-steps/${step.id}`, { token })).body.submittedAt ?? null).toBeNull()
  })

  it('Une réponse hors des choix proposés ou à une question inconnue est refusée (400)', async () => {
    const token = await candidate(INES)
    const step = inesSteps[1]
    const unknown = await api(`/api/bilan-steps/${step.id}`, { method: 'PATCH', token, body: { answers: { inconnue: 'x' } } })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toContain('answers.inconnue')
    const scale = await api(`/api/bilan-steps/${inesSteps[2].id}`, { method: 'PATCH', token, body: { answers: { 'importance-salaire': 9 } } })
    expect(scale.status).toBe(400)
  })

  it("Le candidat ne peut pas terminer lui-même sa phase ; après soumission il ne modifie plus ses réponses ; seul son conseiller la termine", async () => {
    const token = await candidate(INES)
    const step = inesSteps[1]
    expect((await api(`/api/bilan-steps/${step.id}`, { method: 'PATCH', token, body: { answers: { formations: 'CAP Vente' } } })).status).toBe(200)
    const submit = await api(`/api/bilan-steps/${step.id}/transitions`, { method: 'POST', token, body: { event: 'SUBMIT' } })
    expect(submit.status).toBe(200)
    const byCandidate = await api(`/api/bilan-steps/${step.id}/transitions`, { method: 'POST', token, body: { event: 'COMPLETE' } })
    expect(byCandidate.status).toBe(403)
    const described = (await api(`/api/bilan-steps/${step.id}/transitions`, { token })).body
    expect(described.state).toBe('submitted')
    expect(described.allowed).toEqual([])
    const late = await api(`/api/bilan-steps/${step.id}`, { method: 'PATCH', token, body: { answers: { formations: 'Autre' } } })
    expect(late.status).toBe(400)
    // Another counsellor of the academy cannot complete it either; the candidate's own counsellor can.
    const other = await api(`/api/bilan-steps/${step.id}/transitions`, { method: 'POST', token: await login(staff('lead-counsellor')), body: { event: 'COMPLETE' } })
    expect(other.status).toBe(403)
    const luc = await login(staff('counsellor'))
    const gqlComplete = await graphql(`mutation { transitionDocument(collection: "bilan-steps", id: ${step.id}, event: "COMPLETE") }`, {}, luc)
    expect(gqlComplete.errors).toBeUndefined()
    expect(gqlComplete.data.transitionDocument.status).toBe('completed')
  })

  it('Le candidat ne peut pas écrire de commentaire ; le conseiller ne peut pas réécrire les réponses', async () => {
    const step = inesSteps[0]
    const ines = await candidate(INES)
    const before = (await api(`/api/bilan-steps/${step.id}`, { token: ines })).body
    await api(`/api/bilan-steps/${step.id}`, { method: 'PATCH', token: ines, body: { comments: { situation: 'Je me félicite' } } })
    await api(`/api/bilan-steps/${step.id}`, { method: 'PATCH', token: await login(staff('counsellor')), body: { answers: { situation: 'Réécrite' } } })
    const after = (await api(`/api/bilan-steps/${step.id}`, { token: ines })).body
    expect(after.comments).toEqual(before.comments)
    expect(after.answers).toEqual(before.answers)
  })
})
