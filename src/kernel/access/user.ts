import type { PayloadRequest, TypedUser } from 'payload'

import { type Role, type Section, SECTION_ROLES, SECTION_STRUCTURE_TYPES } from './roles'

/** What access predicates need of a logged-in principal (staff user or young person's account). */
export type Principal = {
  id: number | string
  collection: string
  roles?: Role[] | null
  structures?: (number | { id: number })[] | null
  status?: string | null
  /** Types of the structures a staff user is attached to (`structureTypes`, a JSON field computed when they log in: a list of strings). */
  structureTypes?: unknown
}

export const asPrincipal = (user: PayloadRequest['user'] | TypedUser | null | undefined): Principal | null => user ?? null

export const isStaffUser = (user: Principal | null): user is Principal => user?.collection === 'users'

export const isAccountUser = (user: Principal | null): user is Principal => user?.collection === 'accounts'

export const isSuperAdminUser = (user: Principal | null): boolean =>
  isStaffUser(user) && (user.roles ?? []).includes('super-admin')

export const userHasRole = (user: Principal | null, roles: readonly Role[]): boolean =>
  isStaffUser(user) && (user.roles ?? []).some((role) => roles.includes(role))

export const userOpensSection = (user: Principal | null, section: Section): boolean =>
  isSuperAdminUser(user) || userHasRole(user, SECTION_ROLES[section])

export const userStructureIds = (user: Principal | null): number[] =>
  (user?.structures ?? []).map((s) => (typeof s === 'object' ? s.id : s)).filter((id) => id != null)

/**
 * The user works in this module: their roles open its section and, for a module worked in
 * structures of some types only (SECTION_STRUCTURE_TYPES), one of their structures is of those
 * types. A principal whose structure types are not known (built by hand) is judged on roles.
 * This decides what the admin shows (navigation, dashboards, module fields), not data scopes.
 */
export const userWorksIn = (user: Principal | null, section: Section): boolean => {
  if (!userOpensSection(user, section)) return false
  if (isSuperAdminUser(user)) return true
  const places = SECTION_STRUCTURE_TYPES[section]
  if (!places || !Array.isArray(user?.structureTypes)) return true
  return user.structureTypes.some((type) => places.includes(type))
}
