/** Collection slugs of the letters module (seed 003, « Les éditions »). */
export const LETTERS_SLUGS = {
  templates: 'letter-templates',
  generated: 'generated-letters',
} as const

/** The bulk-operation kind of a batch of letters. */
export const LETTER_BATCH_KIND = 'letter-batch'

/** The admin view that follows a batch and downloads it. */
export const LETTERS_PATH = '/courriers'
