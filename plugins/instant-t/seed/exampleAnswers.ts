import type { Questionnaire } from '../operations/loadQuestionnaire'
import { SEED_QUESTIONNAIRE } from './questionnaire'

const EXAMPLE_BY_TEXT = new Map(SEED_QUESTIONNAIRE.flatMap((category) => category.questions.map((q) => [q.text, q.example] as const)))

/**
 * Answers to the demo questionnaire: `variant` 0 is the manual's example; other variants
 * shift the choices to give other, still valid, results. Options are given by index.
 */
export const exampleAnswers = ({ questionnaire, variant = 0 }: { questionnaire: Questionnaire; variant?: number }) =>
  questionnaire.categories.flatMap((category) =>
    category.questions.map((question, index) => {
      const example = EXAMPLE_BY_TEXT.get(question.text) ?? 0
      const option = variant === 0 ? example : (example + variant + index) % question.options.length
      return { question: question.id, option }
    }),
  )
