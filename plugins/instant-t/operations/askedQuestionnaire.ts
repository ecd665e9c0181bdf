import type { PayloadRequest } from 'payload'

import { watchedCache } from '../../../src/kernel/cache/watchedCache'
import { loadQuestionnaire, type Questionnaire } from './loadQuestionnaire'

/** What an edit of the questionnaire announces (the collections' hooks here, triggers everywhere). */
export const QUESTIONNAIRE_EDITED = 'instant-t-questionnaire'

/** Any edit of a category, a question or its options drops it, on every instance. */
const asked = watchedCache<Questionnaire>({
  message: QUESTIONNAIRE_EDITED,
  tables: ['instant_t_categories', 'instant_t_questions', 'instant_t_questions_options'],
})

/**
 * The questionnaire as asked now, from memory: every anonymous submission and every page view
 * reads it (issue #16). Shared between requests: callers read it, never change it.
 */
export const askedQuestionnaire = ({ req }: { req: PayloadRequest }): Promise<Questionnaire> =>
  req.transactionID ? loadQuestionnaire({ req }) : asked.get('asked', () => loadQuestionnaire({ req }))
