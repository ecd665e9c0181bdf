import type { CollectionBeforeOperationHook, Where } from 'payload'

import { asPrincipal, isSuperAdminUser } from '../../../../src/kernel/access'

/** Whether a `where` names this field anywhere (`and`/`or` included). */
const mentions = (where: unknown, field: string): boolean => {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where as Record<string, unknown>).some(([key, value]) =>
    key === field || ((key === 'and' || key === 'or') && Array.isArray(value) && value.some((w) => mentions(w, field))),
  )
}

/**
 * Seed 003: « Le désabonnement permet de faire disparaître l'utilisateur de la liste ». Lists of
 * users read over REST or GraphQL leave unsubscribed users out, except for a super-admin (who
 * audits them) and except when the query asks for a status itself. A document read by its id
 * (`GET /api/users/12`, a relationship being populated: its `where` names `id`) still answers,
 * with « Donnée anonymisée »: records that point at the person keep showing that mention. The
 * admin's list has the same rule as its `baseListFilter`.
 */
export const hideUnsubscribedFromLists: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args
  const read = args as { id?: unknown; where?: Where }
  if (read.id !== undefined || isSuperAdminUser(asPrincipal(req.user))) return args
  if (mentions(read.where, 'id') || mentions(read.where, 'status')) return args
  const hidden: Where = { status: { not_equals: 'unsubscribed' } }
  return { ...args, where: read.where ? { and: [read.where, hidden] } : hidden }
}
