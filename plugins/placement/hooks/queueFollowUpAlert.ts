import type { CollectionAfterChangeHook } from 'payload'

import { FOLLOW_UP_ALERT_TASK } from '../jobs/followUpAlertTask'

/** Queued in the message's own transaction: the alert exists only if the message committed. */
export const queueFollowUpAlert: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: FOLLOW_UP_ALERT_TASK, queue: 'effects', input: { message: String(doc.id) }, req })
  return doc
}
