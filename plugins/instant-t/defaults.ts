import type { InstantTPluginOptions } from './types'

export const DEFAULTS: Required<InstantTPluginOptions> = {
  enabled: true,
  questionnaireMaxAgeSeconds: 300,
  maxAnswers: 200,
  codeAttempts: 8,
}
