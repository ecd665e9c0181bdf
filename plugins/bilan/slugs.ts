/** Collection slugs of the bilan module (DOMAIN.md fixes the first two). */
export const BILAN_SLUGS = {
  phases: 'bilan-phases',
  bilans: 'bilans',
  /** One chosen phase of one bilan: its lifecycle, answers and comments. */
  steps: 'bilan-steps',
} as const

export const MODALITY_OPTIONS = [
  { label: { fr: 'Présentiel', en: 'On site' }, value: 'on-site' },
  { label: { fr: 'À distance', en: 'Remote' }, value: 'remote' },
]

export const MODALITY_LABELS: Record<string, string> = { 'on-site': 'Présentiel', remote: 'À distance' }

export const QUESTION_TYPE_OPTIONS = [
  { label: { fr: 'Texte court', en: 'Short text' }, value: 'short-text' },
  { label: { fr: 'Texte long', en: 'Long text' }, value: 'long-text' },
  { label: { fr: 'Choix', en: 'Choice' }, value: 'choice' },
  { label: { fr: 'Échelle (1 à 5)', en: 'Scale (1 to 5)' }, value: 'scale' },
]

export type QuestionType = 'short-text' | 'long-text' | 'choice' | 'scale'

export type PhaseQuestion = {
  key: string
  label: string
  type: QuestionType
  options?: { value: string }[] | null
  required?: boolean | null
}

export const SCALE = { min: 1, max: 5 } as const

/** The module's slugs as Payload's generated union (types are generated after the module is added). */
export const collectionSlug = (slug: string) => slug as import('payload').CollectionSlug
