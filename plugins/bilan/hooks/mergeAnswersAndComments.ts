import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { isAnswered, loadPhaseQuestions } from '../operations/loadPhaseQuestions'
import { SCALE, type PhaseQuestion } from '../slugs'

type Answers = Record<string, unknown>

const EDITABLE = ['not-started', 'in-progress']

/** Payload hands the hook the stored value back when the caller sent nothing for the field. */
const isIncoming = (value: unknown, stored: unknown) => value !== undefined && value !== null && JSON.stringify(value) !== JSON.stringify(stored ?? null)

const isPlainObject = (value: unknown): value is Answers => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Checks one answer against its question; returns the value to store. */
const checkAnswer = ({ req, question, value }: { req: PayloadRequest; question: PhaseQuestion; value: unknown }) => {
  const fail = (message: string) => {
    throw invalidField({ req, path: `answers.${question.key}`, message: `« ${question.label} » : ${message}` })
  }
  switch (question.type) {
    case 'scale': {
      const n = Number(value)
      if (!Number.isInteger(n) || n < SCALE.min || n > SCALE.max) fail(`choisissez une note de ${SCALE.min} à ${SCALE.max}.`)
      return n
    }
    case 'choice': {
      const options = (question.options ?? []).map((option) => option.value)
      if (typeof value !== 'string' || !options.includes(value)) fail(`choisissez l'une des réponses proposées (${options.join(', ')}).`)
      return value
    }
    default: {
      const max = question.type === 'short-text' ? 500 : 10_000
      if (typeof value !== 'string') fail('la réponse doit être un texte.')
      if ((value as string).length > max) fail(`la réponse ne peut pas dépasser ${max} caractères.`)
      return value
    }
  }
}

/**
 * Autosave-friendly: a PATCH carries only the answers (or comments) that changed; they are merged
 * into the stored ones, `null` clears one. Each answer keeps the question as worded when answered,
 * so a phase edited later never changes what the candidate replied to.
 */
export const mergeAnswersAndComments: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update') return data
  const hasAnswers = isIncoming(data.answers, originalDoc?.answers)
  const hasComments = isIncoming(data.comments, originalDoc?.comments)
  if (!hasAnswers && !hasComments) return data
  const questions = await loadPhaseQuestions({ req, phase: originalDoc?.phase })
  const byKey = new Map(questions.map((question) => [question.key, question]))
  const unknownKey = (field: string, key: string) =>
    invalidField({ req, collection: collection.slug, path: `${field}.${key}`, message: `La question « ${key} » n'existe pas dans cette phase.` })

  if (hasAnswers) {
    if (!isPlainObject(data.answers)) throw invalidField({ req, collection: collection.slug, path: 'answers', message: 'Les réponses doivent être un objet { clé de la question: réponse }.' })
    if (!EDITABLE.includes(String(originalDoc?.status))) {
      throw invalidField({ req, collection: collection.slug, path: 'answers', message: 'Cette phase a été soumise à votre conseiller : vos réponses ne peuvent plus être modifiées.' })
    }
    const answers: Answers = { ...(originalDoc?.answers ?? {}) }
    const asked: Answers = { ...(originalDoc?.answeredQuestions ?? {}) }
    for (const [key, value] of Object.entries(data.answers)) {
      const question = byKey.get(key)
      if (!question) throw unknownKey('answers', key)
      if (!isAnswered(value)) {
        delete answers[key]
        delete asked[key]
        continue
      }
      answers[key] = checkAnswer({ req, question, value })
      asked[key] = { label: question.label, type: question.type, ...(question.options?.length ? { options: question.options.map((o) => o.value) } : {}) }
    }
    data.answers = answers
    data.answeredQuestions = asked
  }
  if (hasComments) {
    if (!isPlainObject(data.comments)) throw invalidField({ req, collection: collection.slug, path: 'comments', message: 'Les commentaires doivent être un objet { clé de la question: commentaire }.' })
    const comments: Answers = { ...(originalDoc?.comments ?? {}) }
    for (const [key, value] of Object.entries(data.comments)) {
      if (!byKey.has(key)) throw unknownKey('comments', key)
      if (!isAnswered(value)) {
        delete comments[key]
        continue
      }
      if (typeof value !== 'string' || value.length > 5000) {
        throw invalidField({ req, collection: collection.slug, path: `comments.${key}`, message: 'Le commentaire doit être un texte de 5 000 caractères au plus.' })
      }
      comments[key] = value
    }
    data.comments = comments
  }
  return data
}
