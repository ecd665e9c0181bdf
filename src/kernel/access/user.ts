import type { PayloadRequest, TypedUser } from 'payload'

import { type Role, type Section, SECTION_ROLES } from './roles'

/** What access predicates need of a logged-in principal (staff user or young person's account). */
export type Principal = {
  id: number | string
  collection: string
  roles?: Role[] | null
  structures?: (number | { id: number })[] | null
  status?: string | null
}

export const asPrincipal = (user: PayloadRequest['user'] | TypedUser | null | undefined): Principal | null =>
  (user as unknown as Principal) ?? null

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
