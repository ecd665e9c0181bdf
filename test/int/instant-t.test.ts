import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import { MANUAL_EXAMPLE_SCORES } from '../../plugins/instant-t/seed/questionnaire'
import { api, graphql, login, staff } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

type PublicQuestionnaire = { categories: { id: number; name: string; questions: { id: number; text: string; options: { id: string; index: number; label: string }[] }[] }[] }

let payload: Payload
let questionnaire: PublicQuestionnaire

const answersFor = (variant = 0) => exampleAnswers({ questionnaire: questionnaire as never, variant })
const countResults = async () => (await payload.count({ collection: 'instant-t', overrideAccess: true })).totalDocs
const storedByCode = async (code: string) =>
  (await payload.find({ collection: 'instant-t', where: { code: { equals: code } }, depth: 0, overrideAccess: true })).docs[0] as Record<string, any>
const structureId = async (name: string) =>
  (await payload.find({ collection: 'structures', where: { name: { equals: name } }, depth: 0, overrideAccess: true })).docs[0].id

beforeAll(async () => {
  payload = await localPayload()
  const { status, body } = await api<PublicQuestionnaire>('/api/instant-t/questionnaire')
  expect(status).toBe(200)
  questionnaire = body
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Instant-T : passation anonyme et scores (manuel, § 3)', () => {
  it('Le questionnaire est lisible sans connexion, cacheable, sans les points', async () => {
    const { status, body, headers } = await api<PublicQuestionnaire>('/api/instant-t/questionnaire')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    expect(body.categories.map((c) => c.name)).toEqual(['Emploi', 'Formation', 'Orientation', 'Mobilité', 'Santé'])
    const question = body.categories[0].questions[0]
    expect(question.options.length).toBeGreaterThanOrEqual(2)
    expect(question.options[0]).toEqual({ id: expect.any(String), index: 0, label: expect.any(String) })
    expect(JSON.stringify(body)).not.toContain('points')
  })

  it("L'exemple du manuel donne exactement 11/15 73 %, 9/12 75 %, 6/12 50 %, 2/9 22 %, 16/18 89 %", async () => {
    const { status, body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: '76500', answers: answersFor(0) } })
    expect(status).toBe(201)
    expect(body.code).toMatch(/^[A-Z0-9]{6}$/)
    expect(body.scores).toEqual(MANUAL_EXAMPLE_SCORES)
    const stored = await storedByCode(body.code)
    expect(stored.structure).toBe(await structureId('Mission Locale de Rouen'))
    expect(stored.outOfTerritory).toBe(false)
    expect(stored.account ?? null).toBeNull()
    expect(stored.answers).toHaveLength(22)
    expect(stored.answers[0]).toMatchObject({ questionText: questionnaire.categories[0].questions[0].text, categoryName: 'Emploi' })
  })

  it("Une option peut être désignée par son identifiant plutôt que par sa position", async () => {
    const answers = answersFor(0).map(({ question, option }) => {
      const q = questionnaire.categories.flatMap((c) => c.questions).find((candidate) => candidate.id === question)!
      return { question, option: q.options[option].id }
    })
    const { status, body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: '14000', answers } })
    expect(status).toBe(201)
    expect(body.scores).toEqual(MANUAL_EXAMPLE_SCORES)
    expect((await storedByCode(body.code)).structure).toBe(await structureId('Mission Locale de Caen'))
  })

  it('Modifier ou désactiver une question ensuite ne change pas un résultat enregistré', async () => {
    const { body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: '76000', answers: answersFor(0) } })
    const before = await storedByCode(body.code)
    const question = questionnaire.categories[0].questions[0]
    const original = (await payload.findByID({ collection: 'instant-t-questions', id: question.id, depth: 0, overrideAccess: true })) as Record<string, any>
    try {
      await payload.update({
        collection: 'instant-t-questions',
        id: question.id,
        data: { text: 'Question réécrite', active: false, options: original.options.map((o: any) => ({ ...o, points: 0, label: 'Autre libellé' })) } as never,
        overrideAccess: true,
      })
      const after = await storedByCode(body.code)
      expect(after.scores).toEqual(before.scores)
      expect(after.answers).toEqual(before.answers)
      expect(after.answers[0].questionText).toBe(question.text)
      // The deactivated question is no longer asked…
      const now = await api<PublicQuestionnaire>('/api/instant-t/questionnaire')
      expect(now.body.categories[0].questions.map((q) => q.id)).not.toContain(question.id)
      // …and the staff's reading of the old result still shows the answer as given.
      const token = await login(staff('referent-instant-t'))
      const read = await api(`/api/instant-t/${before.id}`, { token })
      expect(read.body.scores[0]).toEqual({ ...MANUAL_EXAMPLE_SCORES[0], categoryId: expect.any(Number) })
    } finally {
      await payload.update({ collection: 'instant-t-questions', id: question.id, data: { text: original.text, active: true, options: original.options } as never, overrideAccess: true })
    }
  })

  it('Un code postal couvert par aucune Mission Locale est gardé « hors territoire », visible du seul super-administrateur', async () => {
    const { status, body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: '75012', answers: answersFor(1) } })
    expect(status).toBe(201)
    const stored = await storedByCode(body.code)
    expect(stored.structure ?? null).toBeNull()
    expect(stored.outOfTerritory).toBe(true)
    const superAdmin = await api(`/api/instant-t/${stored.id}`, { token: await login(staff('super-admin')) })
    expect(superAdmin.status).toBe(200)
    expect(superAdmin.body.outOfTerritory).toBe(true)
    const admin = await api(`/api/instant-t/${stored.id}`, { token: await login(staff('admin')) })
    expect(admin.status).toBe(404)
  })
})

describe('Instant-T : un anonyme ne peut rien faire d’autre que répondre', () => {
  let resultId: number

  beforeAll(async () => {
    const { body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: '76500', answers: answersFor(2) } })
    resultId = (await storedByCode(body.code)).id
  })

  it('La liste, la lecture (par identifiant ou par code), la modification et la suppression sont refusées', async () => {
    const list = await api('/api/instant-t')
    expect(list.status).toBe(403)
    const byCode = await api(`/api/instant-t?where[code][equals]=ABCDEF`)
    expect(byCode.status).toBe(403)
    expect((await api(`/api/instant-t/${resultId}`)).status).toBe(403)
    expect((await api(`/api/instant-t/${resultId}`, { method: 'PATCH', body: { postalCode: '14000' } })).status).toBe(403)
    expect((await api(`/api/instant-t/${resultId}`, { method: 'DELETE' })).status).toBe(403)
    expect((await api(`/api/instant-t/${resultId}/pdf`)).status).toBe(403)
    expect((await api('/api/instant-t/export.csv')).status).toBe(403)
    const gql = await graphql('{ InstantTResults { docs { id code } } }')
    expect(gql.errors?.[0]?.message).toBeTruthy()
    expect(gql.data?.InstantTResults ?? null).toBeNull()
    expect((await storedByCode((await payload.findByID({ collection: 'instant-t', id: resultId, overrideAccess: true }) as any).code)).postalCode).toBe('76500')
  })

  it('Les champs code, scores, structure, account et outOfTerritory envoyés sont refusés (400), rien n’est enregistré', async () => {
    const caen = await structureId('Mission Locale de Caen')
    const forged = { code: 'AAAAAA', scores: [{ category: 'Emploi', score: 15, max: 15, percent: 100 }], structure: caen, account: 1, outOfTerritory: true }
    for (const [key, value] of Object.entries(forged)) {
      const before = await countResults()
      const { status, body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: '76500', answers: answersFor(0), [key]: value } })
      expect(status, key).toBe(400)
      expect(JSON.stringify(body)).toContain(`"path":"${key}"`)
      expect(await countResults()).toBe(before)
    }
    expect(await storedByCode('AAAAAA')).toBeUndefined()
  })

  it('La création par GraphQL est refusée à un anonyme', async () => {
    const before = await countResults()
    const gql = await graphql('mutation { createInstantTResult(data: { code: "ZZZZZZ", postalCode: "76500", scores: [], answers: [] }) { id } }')
    expect(gql.errors?.length).toBeGreaterThan(0)
    expect(await countResults()).toBe(before)
  })
})

describe('Instant-T : une réponse invalide est refusée (400, message en français) et rien n’est enregistré', () => {
  const expectRefused = async (body: unknown, fragments: RegExp[]) => {
    const before = await countResults()
    const response = await api('/api/instant-t', { method: 'POST', body })
    expect(response.status).toBe(400)
    const text = JSON.stringify(response.body)
    for (const fragment of fragments) expect(text).toMatch(fragment)
    expect(await countResults()).toBe(before)
  }

  it('Sans réponses', async () => {
    await expectRefused({ postalCode: '76500' }, [/"path":"answers"/, /réponses sont obligatoires/])
  })

  it('Avec des questions sans réponse', async () => {
    await expectRefused({ postalCode: '76500', answers: answersFor(0).slice(1) }, [/"path":"answers"/, /1 question\(s\) sans réponse/, /Avez-vous déjà travaillé/])
  })

  it("Avec une option d'une autre question", async () => {
    const answers = answersFor(0)
    const other = questionnaire.categories[1].questions[0].options[0].id
    answers[0] = { question: answers[0].question, option: other as never }
    await expectRefused({ postalCode: '76500', answers }, [/"path":"answers.0.option"/, /n’appartient pas à la question/])
  })

  it('Avec une option hors limites', async () => {
    const answers = answersFor(0)
    answers[3] = { question: answers[3].question, option: 42 }
    await expectRefused({ postalCode: '76500', answers }, [/"path":"answers.3.option"/, /n’appartient pas/])
  })

  it('Avec un code postal invalide', async () => {
    for (const postalCode of ['7650', '765000', 'ABCDE', 76500, '00100', '']) {
      await expectRefused({ postalCode, answers: answersFor(0) }, [/"path":"postalCode"/, /Code postal invalide/])
    }
  })

  it('Avec deux réponses à la même question', async () => {
    const answers = answersFor(0)
    await expectRefused({ postalCode: '76500', answers: [...answers, answers[2]] }, [/"path":"answers.22.question"/, /plusieurs réponses/])
  })

  it('Avec un champ inconnu, dans le corps ou dans une réponse', async () => {
    await expectRefused({ postalCode: '76500', answers: answersFor(0), age: 19 }, [/"path":"age"/, /Champ inconnu/])
    const answers: Record<string, unknown>[] = answersFor(0)
    answers[1] = { ...answers[1], commentaire: 'x' }
    await expectRefused({ postalCode: '76500', answers }, [/"path":"answers.1.commentaire"/, /champ inconnu/])
  })

  it('Avec une question inconnue', async () => {
    const answers = answersFor(0)
    answers[0] = { question: 999999, option: 0 }
    await expectRefused({ postalCode: '76500', answers }, [/"path":"answers.0.question"/, /question inconnue/])
  })

  it('Avec un corps énorme (des milliers de réponses)', async () => {
    const answers = Array.from({ length: 20_000 }, () => ({ question: 1, option: 0 }))
    await expectRefused({ postalCode: '76500', answers }, [/"path":"answers"/, /Trop de réponses/])
  })

  it('Avec un corps qui n’est pas du JSON ou pas un objet', async () => {
    await expectRefused('{"postalCode":', [/JSON/])
    await expectRefused([1, 2, 3], [/objet JSON/])
  })
})
