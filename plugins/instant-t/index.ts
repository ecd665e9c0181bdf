import type { CollectionConfig, Config, Plugin } from 'payload'

import { withSeedStep } from '../../src/kernel/seed/steps'
import { withWorkItems } from '../../src/kernel/workList'
import { withPathEvents } from '../../src/kernel/path'
import { questionnaireEvents } from './pathEvents'
import { Categories } from './collections/Categories'
import { extendAccounts } from './collections/extendAccounts'
import { Questions } from './collections/Questions'
import { Results } from './collections/Results'
import { DEFAULTS } from './defaults'
import { exportCsvEndpoint } from './endpoints/exportCsv'
import { linkableAccountsEndpoint } from './endpoints/linkableAccounts'
import { linkEndpoint, unlinkEndpoint } from './endpoints/link'
import { pdfEndpoint } from './endpoints/pdf'
import { questionnaireEndpoint } from './endpoints/questionnaire'
import { submitEndpoint } from './endpoints/submit'
import { seedInstantT } from './seed/seedInstantT'
import type { InstantTPluginOptions } from './types'
import { INSTANT_T_WORK_ITEMS } from './workItems'

export { INSTANT_T_SLUGS } from './slugs'
export type { InstantTPluginOptions } from './types'

/**
 * Instant-T: the questionnaire set-up, anonymous completion with server-side scoring, the
 * back office of results (search, PDF, CSV) and linking results to young people's accounts.
 */
export const instantTPlugin =
  (options: InstantTPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const { questionnaireMaxAgeSeconds, maxAnswers, codeAttempts } = { ...DEFAULTS, ...options }
    // Custom endpoints are matched before Payload's own: POST / replaces the ordinary create.
    const results: CollectionConfig = {
      ...Results,
      endpoints: [
        questionnaireEndpoint({ maxAgeSeconds: questionnaireMaxAgeSeconds }),
        submitEndpoint({ maxAnswers, codeAttempts }),
        exportCsvEndpoint,
        linkableAccountsEndpoint,
        pdfEndpoint,
        linkEndpoint,
        unlinkEndpoint,
      ],
    }
    const collections = [...(config.collections ?? []).map(extendAccounts), Categories, Questions, results]
    return withSeedStep(withPathEvents(withWorkItems({ ...config, collections }, INSTANT_T_WORK_ITEMS), [questionnaireEvents]), seedInstantT)
  }
