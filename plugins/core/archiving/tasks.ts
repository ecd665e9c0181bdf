import type { TaskConfig } from 'payload'

import { withAdvisoryLock } from '../../../src/kernel/db/advisoryLock'
import type { ArchivingSettings } from './defaults'
import { runRetention } from './retention'
import { runArchiving } from './run'

export const ARCHIVING_TASK = 'core-archiving-nightly'
export const RETENTION_TASK = 'core-retention-nightly'

/**
 * The nightly archiving rule on the platform's clock (`ARCHIVING_CRON`): starts the run's bulk
 * operation, which the queue then runs chunk by chunk. One start at a time across every instance
 * (advisory lock); a run while one is under way starts nothing, and archived accounts no longer match.
 */
export const archivingTask = ({ settings, queue }: { settings: ArchivingSettings; queue: string }): TaskConfig => ({
  slug: ARCHIVING_TASK as TaskConfig['slug'],
  label: 'Archivage automatique des dossiers (nuit)',
  schedule: [{ cron: settings.archivingCron, queue }],
  retries: 1,
  handler: async ({ req }) => {
    const tick = await withAdvisoryLock({ payload: req.payload, name: ARCHIVING_TASK, task: () => runArchiving({ payload: req.payload, settings }) })
    if (!tick.ran) req.payload.logger.info({ msg: 'Archivage automatique : un autre processus exécute ce passage, celui-ci est sauté' })
    return { output: {} }
  },
})

/** The nightly retention pass (`RETENTION_CRON`), one at a time across instances. */
export const retentionTask = ({ settings, queue }: { settings: ArchivingSettings; queue: string }): TaskConfig => ({
  slug: RETENTION_TASK as TaskConfig['slug'],
  label: 'Purge des données à ne pas conserver (nuit)',
  schedule: [{ cron: settings.retentionCron, queue }],
  retries: 1,
  handler: async ({ req }) => {
    const tick = await withAdvisoryLock({ payload: req.payload, name: RETENTION_TASK, task: () => runRetention({ payload: req.payload, settings }) })
    if (!tick.ran) req.payload.logger.info({ msg: 'Purge : un autre processus exécute ce passage, celui-ci est sauté' })
    return { output: {} }
  },
})
