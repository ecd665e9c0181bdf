import { allOf, inUserStructures, isStaff, sectionInStructures } from '../../src/kernel/access'

/**
 * « Les tables […] se gèrent dans le module Admin » : the administrators of the Mission Locale
 * (and super-admins) manage its reference tables and their transfers.
 */
export const administerReferenceTables = sectionInStructures('administration', 'structure')

/** Staff of the Mission Locale read its tables, to choose an item on a young person's file. */
export const readReferenceItems = allOf(isStaff, inUserStructures('structure'))
