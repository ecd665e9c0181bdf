import type { Access } from 'payload'

import {
  allOf,
  anyOf,
  inUserStructures,
  opensSection,
  ownedByAccount,
  sectionInStructures,
} from '../../../src/kernel/access'

/** Questionnaire set-up: administration (admins, super-admins). */
export const manageQuestionnaire: Access = opensSection('administration')

/** Staff of the Instant-T section read the questionnaire they interpret; administration edits it. */
export const readQuestionnaire: Access = anyOf(opensSection('administration'), opensSection('instant-t'))

/** Results: staff of the Instant-T section within their structures (super-admins everywhere). */
export const staffOnResults: Access = sectionInStructures('instant-t', 'structure')

/** A young person's account reads the results linked to it; staff as above. */
export const readResults: Access = anyOf(staffOnResults, ownedByAccount('account'))

/** Deleting a result is administration within one's structures. */
export const deleteResults: Access = allOf(opensSection('administration'), inUserStructures('structure'))
