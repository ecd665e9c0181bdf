import type { TaskConfig } from 'payload'

import { withAdvisoryLock } from '../../../src/kernel/db/advisoryLock'
import { runDueTransfers } from '../operations/runTransfer'

export const REFERENCE_TRANSFER_CLOCK_TASK = 'reference-transfer-clock'

/**
 * « Les transferts se feront le lendemain à 4 heures du matin »: the clock runs every transfer
 * whose `scheduledFor` has passed (`REFERENCE_TRANSFER_CRON`, every minute by default; the
 * transfers themselves wait for 04:00). One tick at a time across every instance (advisory
 * lock); a tick run twice is harmless (a transfer resumes where it stopped, `RUN` answers 409).
 */
export const referenceTransferClockTask = ({ cron, queue }: { cron: string; queue: string }): TaskConfig => ({
  slug: REFERENCE_TRANSFER_CLOCK_TASK as TaskConfig['slug'],
  label: 'Horloge des transferts de références',
  schedule: [{ cron, queue }],
  retries: 2,
  handler: async ({ req }) => {
    const tick = await withAdvisoryLock({ payload: req.payload, name: REFERENCE_TRANSFER_CLOCK_TASK, task: () => runDueTransfers({ payload: req.payload }) })
    if (tick.ran && tick.result.length) req.payload.logger.info({ msg: 'Transferts de références réalisés', transfers: tick.result })
    return { output: {} }
  },
})
