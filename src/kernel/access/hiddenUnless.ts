import type { Role, Section } from './roles'
import { type Principal, userHasRole, userOpensSection } from './user'

/**
 * The admin's user as a principal. Only staff (`users`) log into the admin, and the user the
 * admin hands to `hidden` carries its roles but not always its collection.
 */
const adminPrincipal = (user: unknown): Principal | null =>
  user ? { ...(user as Principal), collection: (user as Principal).collection ?? 'users' } : null

/**
 * Admin navigation (`admin.hidden`): the collection is shown only to users who open one of
 * `sections` (super-admin opens all) or hold one of `roles`. Navigation only: access still
 * decides what anyone may read or write.
 */
export const hiddenUnless =
  ({ sections = [], roles = [] }: { sections?: Section[]; roles?: Role[] }) =>
  ({ user }: { user?: unknown }): boolean => {
    const principal = adminPrincipal(user)
    return !(sections.some((section) => userOpensSection(principal, section)) || userHasRole(principal, roles))
  }
