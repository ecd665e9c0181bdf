import type { CollectionBeforeValidateHook } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import type { PhaseQuestion } from '../slugs'

const KEY = /^[a-z0-9][a-z0-9-]*$/

/** Answers are keyed by question key: keys are unique and stable; a choice offers choices. */
export const validateQuestions: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  const questions = (data?.questions ?? []) as PhaseQuestion[]
  const seen = new Set<string>()
  questions.forEach((question, index) => {
    const path = `questions.${index}.key`
    if (!question?.key || !KEY.test(question.key)) {
      throw invalidField({ req, collection: collection.slug, path, message: `La clé de la question ${index + 1} doit contenir des minuscules, chiffres ou tirets.` })
    }
    if (seen.has(question.key)) {
      throw invalidField({ req, collection: collection.slug, path, message: `La clé « ${question.key} » est utilisée par deux questions.` })
    }
    seen.add(question.key)
    if (question.type === 'choice' && !(question.options ?? []).length) {
      throw invalidField({ req, collection: collection.slug, path: `questions.${index}.options`, message: `La question « ${question.label} » est un choix : proposez au moins un choix.` })
    }
  })
  return data
}
