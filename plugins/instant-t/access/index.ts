import type { Access } from 'payload'

import {
  allOf,
  anyOf,
  asPrincipal,
  inUserStructures,
  isSuperAdmin,
  opensSection,
  ownedByAccount,
  sectionInStructures,
  userOpensSection,
} from '../../../src/access'

/** Questionnaire set-up: administration (admins, super-admins). */
export const manageQuestionnaire: Access = anyOf(isSuperAdmin, opensSection('administration'))

/** Staff of the Instant-T section read the questionnaire they interpret; administration edits it. */
export const readQuestionnaire: Access = anyOf(isSuperAdmin, opensSection('administration'), opensSection('instant-t'))

/** Results: staff of the Instant-T section within their structures (super-admins everywhere). */
export const staffOnResults: Access = anyOf(isSuperAdmin, sectionInStructures('instant-t', 'structure'))

/** A young person's account reads the results linked to it; staff as above. */
export const readResults: Access = anyOf(staffOnResults, ownedByAccount('account'))

/** Deleting a result is administration within one's structures. */
export const deleteResults: Access = anyOf(isSuperAdmin, allOf(opensSection('administration'), inUserStructures('structure')))

/** Hides a collection from the admin navigation of users whose roles do not open `section`. */
export const hiddenUnlessSection =
  (...sections: Parameters<typeof userOpensSection>[1][]) =>
  ({ user }: { user: unknown }) =>
    !sections.some((section) => userOpensSection(asPrincipal(user as never), section))
