import type { CollectionConfig, TaskConfig } from 'payload'

import { ArchivingRuns, RetentionRuns } from './collections'
import { archivingDefaults, type ArchivingSettings } from './defaults'
import { backupEndpoint, dryRunEndpoint, retentionNowEndpoint, runNowEndpoint } from './endpoints'
import { archivingTask, retentionTask } from './tasks'

export { ARCHIVING_RUNS_SLUG, RETENTION_RUNS_SLUG } from './collections'
export { ARCHIVING_TASK, RETENTION_TASK } from './tasks'

/** The archiving and retention collections (with their endpoints) and nightly tasks, for the core plugin. */
export const archiving = ({ settings = archivingDefaults(), queue = 'effects' }: { settings?: ArchivingSettings; queue?: string } = {}): {
  collections: CollectionConfig[]
  tasks: TaskConfig[]
} => ({
  collections: [
    { ...ArchivingRuns, endpoints: [dryRunEndpoint(settings), runNowEndpoint(settings), backupEndpoint] },
    { ...RetentionRuns, endpoints: [retentionNowEndpoint(settings)] },
  ],
  tasks: [archivingTask({ settings, queue }), retentionTask({ settings, queue })],
})
