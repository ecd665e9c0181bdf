import type { CollectionBeforeOperationHook, SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'

type ReadArgs = { id?: unknown; joins?: false | Record<string, unknown>; select?: SelectType }

const JOIN = 'programmes'

/** `select[programmes]=true` asks for the join; so does an exclusion list that leaves it in. */
const selectAsksFor = (select: ReadArgs['select']) => {
  if (!select || Object.keys(select).length === 0) return false
  return getSelectMode(select) === 'exclude' ? select[JOIN] !== false : Boolean(select[JOIN])
}

/**
 * Issue #16: a list of accounts (REST, Local API; GraphQL never joins) computes the `programmes`
 * join only when it is asked for (`joins[programmes][…]`, `select[programmes]=true`). Payload
 * computes every join field by default, one correlated subquery per account of the page (plus the
 * programmes' access filter), whose aliases Payload draws at random for each request: PostgreSQL
 * never sees the same text twice. Lists do not show programmes; an account read on its own
 * (the admin's page, `GET /api/accounts/:id`) keeps its join as before.
 */
export const programmesOnlyWhenAsked: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const read = args as ReadArgs
  if (read.id !== undefined || read.joins === false) return args
  if (read.joins && read.joins[JOIN] !== undefined) return args
  if (selectAsksFor(read.select)) return args
  return { ...args, joins: { ...(read.joins || {}), [JOIN]: false } }
}
