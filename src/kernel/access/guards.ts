import type { CollectionBeforeChangeHook } from 'payload'

import { forbidden } from '../lib/errors'
import { userStructureScope } from './structureScope'
import { asPrincipal, isStaffUser, isSuperAdminUser } from './user'

const idsOf = (value: unknown): number[] => {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list.map((v) => Number(typeof v === 'object' && v ? (v as { id: unknown }).id ?? (v as { value: unknown }).value : v))
}

/**
 * Create and update access cannot see the incoming data: this hook makes sure a staff user
 * only writes records into structures they act on (and never moves one out of them).
 * `field` is the structure relationship (single or list) of the collection.
 */
export const guardStructureScope =
  ({ field = 'structure', message }: { field?: string; message?: string } = {}): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, operation, context }) => {
    if (context?.skipScopeGuard) return data
    const user = asPrincipal(req.user)
    if (!isStaffUser(user) || isSuperAdminUser(user)) return data
    if (operation === 'update' && !(field in data)) return data
    const target = idsOf(data[field])
    if (target.length === 0) return data
    const scope = new Set(await userStructureScope(req))
    const previous = new Set(idsOf(originalDoc?.[field]))
    // Keeping an existing link outside one's scope is allowed (a colleague's other structure).
    const outside = target.filter((id) => !scope.has(id) && !previous.has(id))
    if (outside.length > 0) {
      throw forbidden(message ?? "Vous ne pouvez rattacher un enregistrement qu'à vos propres structures.")
    }
    return data
  }
