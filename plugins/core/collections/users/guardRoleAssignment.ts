import type { CollectionBeforeChangeHook } from 'payload'

import { ASSIGNABLE_ROLES, asPrincipal, isSuperAdminUser, ROLE_LABELS, type Role } from '../../../../src/kernel/access'
import { forbidden } from '../../../../src/kernel/lib/errors'

const assignableBy = (roles: Role[]): Set<Role> => new Set(roles.flatMap((role) => ASSIGNABLE_ROLES[role] ?? []))

/**
 * No privilege escalation: a creator hands out only the roles theirs allow
 * (an admin never creates a super-admin), and never edits a user holding more.
 */
export const guardRoleAssignment: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const user = asPrincipal(req.user)
  if (!user || isSuperAdminUser(user) || user.collection !== 'users') return data
  if (operation === 'update' && String(originalDoc?.id) === String(user.id)) return data
  const assignable = assignableBy(user.roles ?? [])
  const held: Role[] = operation === 'update' ? (originalDoc?.roles ?? []) : []
  const beyond = held.find((role) => !assignable.has(role))
  if (beyond) throw forbidden(`Vous ne pouvez pas modifier un utilisateur ayant le rôle « ${ROLE_LABELS[beyond].fr} ».`)
  const wanted: Role[] = data.roles ?? []
  const refused = wanted.find((role) => !assignable.has(role))
  if (refused) throw forbidden(`Vous ne pouvez pas attribuer le rôle « ${ROLE_LABELS[refused].fr} ».`)
  return data
}
