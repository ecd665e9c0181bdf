/** Options of the Instant-T plugin. */
export type InstantTPluginOptions = {
  /** `Cache-Control: max-age` of the public questionnaire, in seconds. */
  questionnaireMaxAgeSeconds?: number
  /** Most answers a submission may carry before it is refused (guards against huge bodies). */
  maxAnswers?: number
  /** Attempts at drawing an unused code before giving up. */
  codeAttempts?: number
}

/** One option of a question as a submission stores it. */
export type AnsweredQuestion = {
  question: number
  questionText: string
  category: number
  categoryName: string
  option: string
  optionLabel: string
  points: number
  maxPoints: number
}

/** A category's result: `percent = round(100 * score / max)`. */
export type CategoryScore = { category: string; categoryId: number; score: number; max: number; percent: number }
