import type { Access, PayloadRequest, Where } from 'payload'

import { allOf, anyOf, asPrincipal, isAccountUser, opensSection } from '../../../src/kernel/access'
import { CLOSED_ACCOUNT_STATUSES, CLOSED_USER_STATUSES, EDIT_DELAY_MS } from './constants'

/**
 * Conversations, messages and attachments carry their two participants (`counsellor`, `account`):
 * each side reads its own, nobody else (not a colleague of the same Mission Locale, not an
 * admin of the structure, not a super-admin: a conversation is private).
 */
export const participant =
  ({ counsellor = 'counsellor', account = 'account' } = {}): Access =>
  ({ req }) => {
    const user = asPrincipal(req.user)
    if (!user) return false
    if (user.collection === 'users') return { [counsellor]: { equals: user.id } } as Where
    return user.collection === 'accounts' ? ({ [account]: { equals: user.id } } as Where) : false
  }

/**
 * The states of `collection` in which a participant is still here: every option of its `status`
 * field but the closed ones. Read from the config, so the states other modules add (`deleted`,
 * `archived`) are excluded the day they exist, and the filter names only values the field knows.
 */
const presentStatuses = (req: PayloadRequest, collection: 'users' | 'accounts', closed: string[]) => {
  const field = req.payload.collections[collection]?.config.flattenedFields.find((f) => f.name === 'status') as { options?: (string | { value: string })[] } | undefined
  return (field?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value)).filter((value) => !closed.includes(value))
}

/** Both participants still here: an account deleted or archived, a user unsubscribed, closes the conversation for everyone. */
export const participantsPresent =
  ({ counsellor = 'counsellor', account = 'account' } = {}): Access =>
  ({ req }) =>
    ({
      and: [
        { [`${account}.status`]: { in: presentStatuses(req, 'accounts', CLOSED_ACCOUNT_STATUSES) } },
        { [`${counsellor}.status`]: { in: presentStatuses(req, 'users', CLOSED_USER_STATUSES) } },
      ],
    }) as Where

/** The participant's own, while both are present. */
export const ownConversationPart = (fields?: { counsellor?: string; account?: string }) => allOf(participant(fields), participantsPresent(fields))

/** Messages: their author, within the edit delay (never the other side, never after). */
export const authorWithinDelay: Access = ({ req }) => {
  const user = asPrincipal(req.user)
  if (!user) return false
  const since = new Date(Date.now() - EDIT_DELAY_MS).toISOString()
  const author = user.collection === 'users' ? { authorUser: { equals: user.id } } : user.collection === 'accounts' ? { authorAccount: { equals: user.id } } : null
  if (!author) return false
  return { and: [author, { createdAt: { greater_than: since } }] } as Where
}

/** CEJ staff (counsellors and the Mission Locale's staff who open the section). */
export const cejStaff = opensSection('cej')

export const cejStaffOrAccount: Access = anyOf(cejStaff, ({ req }) => isAccountUser(asPrincipal(req.user)))

export const presentAccountStatuses = (req: PayloadRequest) => presentStatuses(req, 'accounts', CLOSED_ACCOUNT_STATUSES)
