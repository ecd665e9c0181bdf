import type { PayloadRequest } from 'payload'

import { badRequest, invalidField } from '../../../src/kernel/lib/errors'
import { isFrenchPostalCode } from '../../../src/kernel/lib/validators'
import type { AnsweredQuestion } from '../types'
import type { Questionnaire, QuestionnaireQuestion } from './loadQuestionnaire'

export type Submission = { postalCode: string; answers: AnsweredQuestion[] }

const COLLECTION = 'instant-t'
const SUBMISSION_KEYS = ['postalCode', 'answers']
const ANSWER_KEYS = ['question', 'option']

const quote = (text: string) => `« ${text.length > 80 ? `${text.slice(0, 77)}…` : text} »`

/**
 * Checks a submission against the questionnaire as it is asked now and resolves each answer
 * to a snapshot of its question and option. `option` is the option's `id` (a string, as
 * the questionnaire gives it) or its position in the question's options (a number from 0).
 * Every problem is a 400 naming the field; nothing is written before this passes.
 */
export const validateSubmission = ({
  req,
  questionnaire,
  body,
  maxAnswers,
}: {
  req?: PayloadRequest
  questionnaire: Questionnaire
  body: unknown
  maxAnswers: number
}): Submission => {
  const fail = (path: string, message: string) => invalidField({ req, collection: COLLECTION, path, message })
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Corps de requête invalide : un objet JSON { postalCode, answers } est attendu.')
  }
  const unknownKey = Object.keys(body).find((key) => !SUBMISSION_KEYS.includes(key))
  if (unknownKey) throw fail(unknownKey, `Champ inconnu : ${quote(unknownKey)}. Seuls postalCode et answers sont attendus.`)
  const { postalCode, answers } = body as { postalCode?: unknown; answers?: unknown }
  if (!isFrenchPostalCode(postalCode)) {
    throw fail('postalCode', 'Code postal invalide : 5 chiffres attendus (ex. 76500).')
  }
  if (!Array.isArray(answers) || answers.length === 0) {
    throw fail('answers', 'Les réponses sont obligatoires : une liste de { question, option }.')
  }
  if (answers.length > maxAnswers) {
    throw fail('answers', `Trop de réponses : ${answers.length} reçues, ${maxAnswers} au maximum.`)
  }
  const questions = new Map<number, { question: QuestionnaireQuestion; categoryName: string }>()
  for (const category of questionnaire.categories) {
    for (const question of category.questions) questions.set(question.id, { question, categoryName: category.name })
  }
  const answered = new Map<number, AnsweredQuestion>()
  answers.forEach((answer: unknown, index: number) => {
    const path = `answers.${index}`
    if (typeof answer !== 'object' || answer === null) throw fail(path, `Réponse n° ${index + 1} invalide : { question, option } attendu.`)
    const unknownAnswerKey = Object.keys(answer).find((key) => !ANSWER_KEYS.includes(key))
    if (unknownAnswerKey) throw fail(`${path}.${unknownAnswerKey}`, `Réponse n° ${index + 1} : champ inconnu ${quote(unknownAnswerKey)} ({ question, option } attendu).`)
    const { question: questionId, option } = answer as { question?: unknown; option?: unknown }
    const entry = questions.get(Number(questionId))
    if (questionId === null || questionId === undefined || questionId === '' || !entry) {
      throw fail(`${path}.question`, `Réponse n° ${index + 1} : question inconnue ou qui n’est plus posée (${String(questionId).slice(0, 40)}).`)
    }
    const { question, categoryName } = entry
    if (answered.has(question.id)) {
      throw fail(`${path}.question`, `La question ${quote(question.text)} a reçu plusieurs réponses : une seule est attendue.`)
    }
    const chosen =
      typeof option === 'number' && Number.isInteger(option)
        ? question.options[option]
        : typeof option === 'string'
          ? question.options.find((candidate) => candidate.id === option)
          : undefined
    if (!chosen) {
      throw fail(`${path}.option`, `Réponse n° ${index + 1} : cette option n’appartient pas à la question ${quote(question.text)}.`)
    }
    answered.set(question.id, {
      question: question.id,
      questionText: question.text,
      category: question.category,
      categoryName,
      option: chosen.id,
      optionLabel: chosen.label,
      points: chosen.points,
      maxPoints: Math.max(0, ...question.options.map((candidate) => candidate.points)),
    })
  })
  const missing = [...questions.values()].filter(({ question }) => !answered.has(question.id))
  if (missing.length > 0) {
    const names = missing.slice(0, 3).map(({ question }) => quote(question.text)).join(', ')
    throw fail('answers', `${missing.length} question(s) sans réponse : ${names}${missing.length > 3 ? '…' : ''}.`)
  }
  // Keep the questionnaire's order, whatever order the answers came in.
  const ordered = questionnaire.categories.flatMap((category) => category.questions.map((question) => answered.get(question.id)!))
  return { postalCode: postalCode as string, answers: ordered }
}
