import { anyOf, isSuperAdmin, SECTION_ROLES, sectionInStructures, type Role } from '../../src/access'

/**
 * « Tout utilisateur associé à une Mission Locale » runs its agenda: staff opening the CEJ
 * section, on the sessions of their structures (and below).
 */
export const cejStaffInStructures = sectionInStructures('cej', 'structure')

export const agendaStaff = anyOf(isSuperAdmin, cejStaffInStructures)

/** Admin navigation: the CEJ group for the roles opening the section. The admin's user carries its roles (not always its collection). */
export const hiddenOutsideCej = ({ user }: { user?: unknown }) =>
  !(((user as { roles?: Role[] } | undefined)?.roles ?? []).some((role) => role === 'super-admin' || (SECTION_ROLES.cej as readonly string[]).includes(role)))
