import type { CollectionConfig, TaskConfig } from 'payload'

import type { BulkKind } from '../../../src/kernel/bulk'

import { ArchivingRuns, RetentionRuns } from './collections'
import { archivingDefaults, type ArchivingSettings } from './defaults'
import { backupEndpoint, dryRunEndpoint, retentionNowEndpoint, runNowEndpoint } from './endpoints'
import { archivingKind } from './kind'
import { archivingTask, retentionTask } from './tasks'

export { ARCHIVING_RUNS_SLUG, RETENTION_RUNS_SLUG } from './collections'
export { ARCHIVING_TASK, RETENTION_TASK } from './tasks'
export { ARCHIVING_KIND } from './kind'

/** The archiving and retention collections (with their endpoints), nightly tasks and the `archiving` bulk kind, for the core plugin. */
export const archiving = ({ settings = archivingDefaults(), queue = 'effects' }: { settings?: ArchivingSettings; queue?: string } = {}): {
  collections: CollectionConfig[]
  tasks: TaskConfig[]
  kinds: BulkKind[]
} => ({
  collections: [
    { ...ArchivingRuns, endpoints: [dryRunEndpoint(settings), runNowEndpoint(settings), backupEndpoint] },
    { ...RetentionRuns, endpoints: [retentionNowEndpoint(settings)] },
  ],
  tasks: [archivingTask({ settings, queue }), retentionTask({ settings, queue })],
  kinds: [archivingKind({ chunkSize: settings.chunkSize })],
})
