import type { TaskConfig } from 'payload'

import { withAdvisoryLock } from '../../../src/kernel/db/advisoryLock'
import { endDueReassignments } from '../operations/reassignments'

export const REASSIGNMENT_CLOCK_TASK = 'cej-reassignment-clock'

/** Temporary reassignments end at their date (`END`); one tick at a time across instances. */
export const reassignmentClockTask = ({ cron, queue }: { cron: string; queue: string }): TaskConfig => ({
  slug: REASSIGNMENT_CLOCK_TASK as TaskConfig['slug'],
  label: 'Horloge des réaffectations CEJ',
  schedule: [{ cron, queue }],
  retries: 2,
  handler: async ({ req }) => {
    await withAdvisoryLock({ payload: req.payload, name: REASSIGNMENT_CLOCK_TASK, task: () => endDueReassignments(req) })
    return { output: {} }
  },
})
