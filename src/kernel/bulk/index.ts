/**
 * Bulk operations (DOMAIN.md): work on many items that runs in the background, in chunks of
 * short transactions, resumable, with progress in a `bulk-operations` document. A module
 * registers its kinds with `withBulkKinds(config, [kind])` and starts one with
 * `startBulkOperation({ req, kind, params, items })`. See the README, « Opérations groupées ».
 */
export { bulkOperationTask, bulkWatchdogTask, BULK_WATCHDOG_TASK } from './tasks'
export { itemErrorMessage, queueBulkJob, resumeStaleBulkOperations, runBulkChunk, runBulkOperation } from './runBulkOperation'
export { publicBulkDoc } from './publicBulkDoc'
export { startBulkOperation, type BulkOperationDoc } from './startBulkOperation'
export { BULK_OPERATIONS_SLUG, BULK_QUEUE, BULK_TASK, bulkErrorsOf, bulkKindOf, bulkParamsOf, bulkKindsOf, withBulkKinds, type BulkItemError, type BulkKind, type BulkStatus } from './types'
