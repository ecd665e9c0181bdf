/** Collection slugs of the Instant-T module (DOMAIN.md). */
export const INSTANT_T_SLUGS = {
  categories: 'instant-t-categories',
  questions: 'instant-t-questions',
  results: 'instant-t',
} as const
