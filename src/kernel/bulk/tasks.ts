import type { TaskConfig } from 'payload'

import { queueBulkJob, resumeStaleBulkOperations, runBulkOperation } from './runBulkOperation'
import { BULK_QUEUE, BULK_TASK } from './types'

export const BULK_WATCHDOG_TASK = 'bulk-operations-watchdog'

/**
 * Runs one bulk operation for at most `budgetMs`, then hands over to a fresh job (committed
 * before this one ends), so other jobs of the queue are never kept waiting long.
 */
export const bulkOperationTask = ({ budgetMs = 15_000 }: { budgetMs?: number } = {}): TaskConfig => ({
  slug: BULK_TASK as TaskConfig['slug'],
  label: 'Opération groupée',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [{ name: 'operation', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const id = Number((input as { operation: number }).operation)
    const { isFinished } = await runBulkOperation({ payload: req.payload, id, budgetMs })
    if (!isFinished) await queueBulkJob({ payload: req.payload, id })
    return { output: { isFinished } }
  },
})

/** Every minute: operations whose runner died get a new job (see `resumeStaleBulkOperations`). */
export const bulkWatchdogTask = ({ cron = '30 * * * * *', staleMs = 120_000 }: { cron?: string; staleMs?: number } = {}): TaskConfig => ({
  slug: BULK_WATCHDOG_TASK as TaskConfig['slug'],
  label: 'Reprise des opérations groupées interrompues',
  schedule: [{ cron, queue: BULK_QUEUE }],
  retries: 1,
  handler: async ({ req }) => {
    await resumeStaleBulkOperations({ payload: req.payload, staleMs })
    return { output: {} }
  },
})
