import { sectionInStructures } from '../../src/kernel/access'

/**
 * « Tout utilisateur associé à une Mission Locale » runs its agenda: staff opening the CEJ
 * section, on the sessions of their structures (and below).
 */
export const cejStaffInStructures = sectionInStructures('cej', 'structure')

export const agendaStaff = cejStaffInStructures
