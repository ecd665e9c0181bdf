import type { PayloadRequest } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import type { LifecycleDocument } from '../../lifecycle/types'
import { BILAN_SLUGS } from '../slugs'
import { isAnswered, loadPhaseQuestions } from './loadPhaseQuestions'

/** Before SUBMIT: every required question of the phase has an answer (400 naming the missing ones). */
export const requireAnswers = async ({ req, step }: { req: PayloadRequest; step: LifecycleDocument }) => {
  const questions = await loadPhaseQuestions({ req, phase: step.phase })
  const answers = (step.answers ?? {}) as Record<string, unknown>
  const missing = questions.filter((question) => question.required && !isAnswered(answers[question.key]))
  if (missing.length === 0) return
  throw invalidField({
    req,
    collection: BILAN_SLUGS.steps,
    path: `answers.${missing[0].key}`,
    message: `Répondez aux questions obligatoires avant de soumettre la phase : ${missing.map((q) => `« ${q.label} »`).join(', ')}.`,
  })
}
