import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isStaffUser, isSuperAdminUser } from '../../../src/kernel/access'
import { accountsFollowedByCaller } from '../../../src/kernel/programmes/accountsFollowedByCaller'
import { forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { accountDisplayName } from '../operations/accountName'

const idOf = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
  return Number.isFinite(Number(id)) ? Number(id) : null
}

/**
 * Linking a result to an account ("Relier un Instant-T à un compte"): staff may only pick an
 * account of their structures. The account's name is copied onto the result so that
 * referents who cannot read accounts still see and search it.
 */
export const guardAccountLink: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !('account' in data)) return data
  const next = idOf(data.account)
  const previous = idOf(originalDoc?.account)
  if (next === previous) return data
  if (next === null) {
    return { ...data, account: null, accountName: null, linkedAt: null }
  }
  const account = await req.payload.findByID({ collection: 'accounts', id: next, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!account) throw invalidField({ req, collection: 'instant-t', path: 'account', message: 'Ce compte n’existe pas.' })
  const user = asPrincipal(req.user)
  if (!context?.claimedByCode && isStaffUser(user) && !isSuperAdminUser(user)) {
    // Followed by the caller's structures through an open programme (issue 18).
    if (!(await accountsFollowedByCaller({ req, ids: [next] })).has(next)) {
      throw forbidden('Vous ne pouvez relier un Instant-T qu’à un compte suivi par vos Missions Locales.')
    }
  }
  return { ...data, account: next, accountName: accountDisplayName(account), linkedAt: new Date().toISOString() }
}
