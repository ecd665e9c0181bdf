/** How long an author may still correct or withdraw their message (REST, GraphQL, admin). */
export const EDIT_DELAY_MS = 5 * 60 * 1000

/** Accounts in these states have left for good: their conversations are closed and erased. */
export const CLOSED_ACCOUNT_STATUSES = ['deleted', 'archived']

/** Staff users in these states have left for good (their name is already « Donnée anonymisée »). */
export const CLOSED_USER_STATUSES = ['unsubscribed']

/**
 * The batching window of new-message e-mails: the first unread message to a person queues one
 * digest job this many seconds later; messages within the window ride along.
 */
export const digestDelaySeconds = () => Math.max(1, Number(process.env.CEJ_MESSAGE_DIGEST_SECONDS ?? 300))

export const DIGEST_TASK = 'cej-message-digest'

/** Who receives a message: the young person (`to-account`) or the counsellor (`to-counsellor`). */
export type Direction = 'to-account' | 'to-counsellor'
