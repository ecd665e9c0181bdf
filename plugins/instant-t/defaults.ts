import type { InstantTPluginOptions } from './types'

export const DEFAULTS: Required<InstantTPluginOptions> = {
  questionnaireMaxAgeSeconds: 300,
  maxAnswers: 200,
  codeAttempts: 8,
}
