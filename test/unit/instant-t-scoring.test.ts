import { describe, expect, it } from 'vitest'

import { computeScores } from '../../plugins/instant-t/operations/computeScores'
import { CODE_PATTERN, generateCode } from '../../plugins/instant-t/operations/generateCode'
import type { Questionnaire } from '../../plugins/instant-t/operations/loadQuestionnaire'
import { validateSubmission } from '../../plugins/instant-t/operations/validateSubmission'
import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import { MANUAL_EXAMPLE_SCORES, SEED_QUESTIONNAIRE, seedOptions } from '../../plugins/instant-t/seed/questionnaire'

/** The demo questionnaire as loadQuestionnaire returns it, with made-up ids. */
const aQuestionnaire = (): Questionnaire => {
  let questionId = 100
  return {
    categories: SEED_QUESTIONNAIRE.map((category, c) => ({
      id: c + 1,
      name: category.name,
      description: category.description,
      order: c,
      questions: category.questions.map((question, q) => ({
        id: questionId++,
        text: question.text,
        order: q,
        category: c + 1,
        options: seedOptions(question.options).map((option, o) => ({ ...option, id: `opt-${questionId}-${o}` })),
      })),
    })),
  }
}

const errorOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as { status?: number; data?: { errors: { path: string; message: string }[] }; message: string }
  }
  throw new Error('aucune erreur levée')
}

describe('Instant-T : calcul des scores', () => {
  it("L'exemple du manuel : 11/15 73 %, 9/12 75 %, 6/12 50 %, 2/9 22 %, 16/18 89 %", () => {
    const questionnaire = aQuestionnaire()
    const { answers } = validateSubmission({ questionnaire, body: { postalCode: '76500', answers: exampleAnswers({ questionnaire }) }, maxAnswers: 200 })
    expect(computeScores({ answers }).map(({ category, score, max, percent }) => ({ category, score, max, percent }))).toEqual(MANUAL_EXAMPLE_SCORES)
  })

  it('Un maximum nul donne 0 % (pas de division par zéro)', () => {
    const scores = computeScores({
      answers: [{ question: 1, questionText: 'Q', category: 1, categoryName: 'Vide', option: 'a', optionLabel: 'A', points: 0, maxPoints: 0 }],
    })
    expect(scores[0]).toMatchObject({ score: 0, max: 0, percent: 0 })
  })

  it('Les réponses sont remises dans l’ordre du questionnaire', () => {
    const questionnaire = aQuestionnaire()
    const answers = exampleAnswers({ questionnaire }).reverse()
    const result = validateSubmission({ questionnaire, body: { postalCode: '76500', answers }, maxAnswers: 200 })
    expect(result.answers[0].categoryName).toBe('Emploi')
  })

  it('Une réponse en double nomme la question', () => {
    const questionnaire = aQuestionnaire()
    const answers = exampleAnswers({ questionnaire })
    const error = errorOf(() => validateSubmission({ questionnaire, body: { postalCode: '76500', answers: [answers[0], ...answers] }, maxAnswers: 200 }))
    expect(error.data?.errors[0]).toMatchObject({ path: 'answers.1.question', message: expect.stringContaining('plusieurs réponses') })
  })
})

describe('Instant-T : codes', () => {
  it('Un code fait 6 caractères A–Z 0–9', () => {
    const codes = Array.from({ length: 5000 }, generateCode)
    expect(codes.every((code) => CODE_PATTERN.test(code))).toBe(true)
    // Every character of the alphabet shows up: the draw is not biased towards a subset.
    expect(new Set(codes.join('')).size).toBe(36)
  })
})
