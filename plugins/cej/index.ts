import type { Config, Plugin } from 'payload'

import { withSeedStep } from '../../src/kernel/seed/steps'
import { bindLifecycle } from '../lifecycle'
import { Actions } from './collections/actions'
import { Sessions } from './collections/sessions'
import { sessionBinding } from './collections/sessions/lifecycle'
import { sessionClockTask } from './jobs/sessionClockTask'
import { seedCej } from './seed/seedCej'
import { withPortfolio } from './portfolio'

export type CejPluginOptions = {
  /** When the agenda's clock runs (seconds field included): past sessions become « À clore », reminders go out. */
  clockCron?: string
  /** The jobs queue the clock is scheduled on; it must be run (the lifecycle plugin runs `effects`). */
  queue?: string
  seed?: boolean
}

/**
 * CEJ (seed 001), the Mission Locale's agenda: collective sessions with their lifecycle
 * (`session` machine), registrations within capacity and deadline, unregistration reasons,
 * attendance at closing, the young person's « Événements » and registration requests, and
 * reminders; young people's actions and their SNP qualification. The other CEJ collections of
 * DOMAIN.md (appointments, conversations and messages, reassignments, news) are not built yet.
 */
export const cejPlugin =
  ({ clockCron = process.env.CEJ_CLOCK_CRON ?? '0 * * * * *', queue = 'effects', seed = true }: CejPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    // The counsellor's workspace: portfolio, beneficiary sheet, « Bénéficiaires », pilotage (plugins/cej/portfolio).
    config = withPortfolio({ config, seed })
    const next: Config = {
      ...config,
      collections: [...(config.collections ?? []), bindLifecycle(Sessions, sessionBinding), Actions],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sessionClockTask({ cron: clockCron, queue })] },
    }
    return seed ? withSeedStep(next, seedCej) : next
  }
