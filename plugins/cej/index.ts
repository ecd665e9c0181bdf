import type { Config, Plugin } from 'payload'

import { withBulkKinds } from '../../src/kernel/bulk'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { bindLifecycle } from '../lifecycle'
import { Actions } from './collections/actions'
import { Sessions } from './collections/sessions'
import { sessionBinding } from './collections/sessions/lifecycle'
import { Reassignments } from './collections/reassignments'
import { reassignmentBinding } from './collections/reassignments/lifecycle'
import { reassignmentClockTask } from './jobs/reassignmentClockTask'
import { sessionClockTask } from './jobs/sessionClockTask'
import { reassignmentKinds } from './operations/reassignments'
import { seedCej } from './seed/seedCej'

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
    const next: Config = {
      ...config,
      collections: [...(config.collections ?? []), bindLifecycle(Sessions, sessionBinding), Actions, bindLifecycle(Reassignments, reassignmentBinding)],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sessionClockTask({ cron: clockCron, queue }), reassignmentClockTask({ cron: clockCron, queue })] },
    }
    const withKinds = withBulkKinds(next, reassignmentKinds)
    return seed ? withSeedStep(withKinds, seedCej) : withKinds
  }
