import type { CollectionBeforeOperationHook, SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'

type ReadArgs = { id?: unknown; select?: SelectType }

/**
 * Issue #16: a list of accounts read by anyone but a young person does not fetch `sessions`.
 * Their read access (src/kernel/auth/sessionsField.ts, `ownRecordField`) shows them to the
 * account itself only, so for staff they were read (one lateral subquery per account of the
 * page) and then dropped: the answer is the same without them. Done through Payload's `select`
 * (exclusion), so a client's own `select` keeps its meaning: an inclusion list is left as it is
 * (it fetches sessions only if it names them, and they are dropped as before), an exclusion list
 * gets `sessions: false` added.
 */
export const sessionsOnlyForTheirOwner: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user?.collection === 'accounts') return args
  const read = args as ReadArgs
  if (read.id !== undefined) return args
  const select = read.select ?? {}
  if (Object.keys(select).length > 0 && getSelectMode(select) === 'include') return args
  return { ...args, select: { ...select, sessions: false } }
}
