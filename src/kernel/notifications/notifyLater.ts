import type { PayloadRequest, TaskConfig, TaskType } from 'payload'

import { notifyAccount, notifyStaff } from './notify'

/** The queue the lifecycle engine's runner polls (plugins/lifecycle `EFFECTS_QUEUE`). */
const QUEUE = 'effects'
export const NOTIFY_TASK = 'notify' satisfies TaskType

type Message = Omit<Parameters<typeof notifyAccount>[0], 'req' | 'account'>
type AccountRecipient = { id: number | string; email?: string | null }
type StaffRecipient = Parameters<typeof notifyStaff>[0]['recipients'][number]

type NotifyInput =
  | { audience: 'account'; account: AccountRecipient; message: Message }
  | { audience: 'staff'; recipients: StaffRecipient[]; message: Message }

const queue = (req: PayloadRequest, notification: NotifyInput) =>
  req.payload.jobs.queue({ task: NOTIFY_TASK, queue: QUEUE, input: { notification }, req })

/**
 * A notification decided during a request is queued in the request's transaction (an outbox):
 * it goes out if and only if the change commits, and an SMTP failure is retried by the queue
 * instead of turning a saved change into a 500.
 */
export const notifyAccountLater = ({ req, account, ...message }: Message & { req: PayloadRequest; account: AccountRecipient }) =>
  queue(req, { audience: 'account', account: { id: account.id, email: account.email }, message })

export const notifyStaffLater = ({ req, recipients, ...message }: Message & { req: PayloadRequest; recipients: StaffRecipient[] }) =>
  queue(req, { audience: 'staff', recipients: recipients.map(({ id, email, alerts }) => ({ id, email, alerts })), message })

/** Delivers a queued notification; `notifyAccount`/`notifyStaff` deliver each one at most once. */
export const notifyTask: TaskConfig = {
  slug: NOTIFY_TASK,
  label: 'Notification',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 500 } },
  inputSchema: [{ name: 'notification', type: 'json', required: true }],
  handler: async ({ input, req }) => {
    const { notification } = input as { notification: NotifyInput }
    if (notification.audience === 'account') await notifyAccount({ req, account: notification.account, ...notification.message })
    else await notifyStaff({ req, recipients: notification.recipients, ...notification.message })
    return { output: {} }
  },
}
