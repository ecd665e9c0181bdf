import type { Role, Section } from './roles'
import { type Principal, userHasRole, userWorksIn } from './user'

/**
 * The admin's user as a principal. Only staff (`users`) log into the admin, and the user the
 * admin hands to `hidden` carries its roles but not always its collection.
 */
export const adminPrincipal = (user: unknown): Principal | null =>
  user ? { ...(user as Principal), collection: (user as Principal).collection ?? 'users' } : null

/**
 * Admin navigation (`admin.hidden`): the collection is shown only to users who work in one of
 * `sections` (`userWorksIn`: the roles open it, in a structure of the module; super-admin works
 * in all) or hold one of `roles`. Navigation only: access still decides what anyone may read or write.
 */
export const hiddenUnless =
  ({ sections = [], roles = [] }: { sections?: Section[]; roles?: Role[] }) =>
  ({ user }: { user?: unknown }): boolean => {
    const principal = adminPrincipal(user)
    return !(sections.some((section) => userWorksIn(principal, section)) || userHasRole(principal, roles))
  }
