import { bilanPhaseLifecycle } from '../../../../../workflows/bilan-phase/machine'

/** A phase's state as the manual words it (« Phase terminée »…), from the machine's own labels. */
export const phaseStatusLabel = (status: unknown) => bilanPhaseLifecycle.states[status as keyof typeof bilanPhaseLifecycle.states]?.label.fr ?? String(status)

/** The candidate may still change their answers in these states (as the server's own rule). */
export const isEditable = (status: unknown) => status === 'not-started' || status === 'in-progress'

export type Question = { key: string; label: string; type: 'short-text' | 'long-text' | 'choice' | 'scale'; options?: { value: string }[] | null; required?: boolean | null }

const isAnswered = (value: unknown) => value !== undefined && value !== null && value !== ''

/** « 3 réponses sur 5 »: how far the candidate is in one phase's form. */
export const answeredCount = (questions: Question[], answers: unknown) => {
  const given = answers && typeof answers === 'object' ? (answers as Record<string, unknown>) : {}
  return { answered: questions.filter((question) => isAnswered(given[question.key])).length, total: questions.length }
}
