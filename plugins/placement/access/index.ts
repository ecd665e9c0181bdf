/**
 * Placement predicates, composed from the shared vocabulary (src/kernel/access). Collections of the
 * module import these names only.
 */
import type { FieldAccess, Where } from 'payload'

import {
  allOf,
  anyOf,
  asPrincipal,
  decidedOncePerRequest,
  followedThroughProgrammes,
  hasRole,
  hiddenUnless,
  inUserStructures,
  isAccountUser,
  opensSection,
  ownedByAccount,
  sectionInStructures,
  userHasRole,
  userOpensSection,
  worksIn,
  type AccessFn,
} from '../../../src/kernel/access'
import { CANDIDATURE_STATES_EDITABLE, CANDIDATURE_STATES_SENT } from '../../../workflows/candidature/machine'
import { PARRAINAGE_STATES_SENT } from '../../../workflows/parrainage/machine'

/** Establishment staff (referents, mission officers, and admins above them) on records of their establishments. */
export const establishmentStaffOn = (field = 'structure') => sectionInStructures('placement', field)

/**
 * Those who work in the module (`worksIn`: a placement role in an establishment, not a Mission
 * Locale's admin whose roles merely open the section), on records of their establishments.
 */
export const establishmentWorkersOn = (field = 'structure') => allOf(worksIn('placement'), inUserStructures(field))

/** Those who work in the module, on records of young people their establishments follow (an open programme, issue 18). */
export const establishmentWorkersFollowing = (account = 'account') => allOf(worksIn('placement'), followedThroughProgrammes({ account }))

/**
 * A candidate's own records (`account` field), or their establishment's staff: documents and
 * the CVs and letters typed in the platform.
 */
export const candidateOrEstablishmentStaff = anyOf(ownedByAccount('account'), establishmentStaffOn('structure'))

/** The referents and mission officers themselves (private notes are theirs alone). */
export const isEstablishmentFollower = hasRole('mission-officer', 'establishment-referent')

/** Referents and mission officers, on records of their establishments. */
export const establishmentFollowerOn = (field = 'structure') => allOf(isEstablishmentFollower, inUserStructures(field))

export const isEmployer = hasRole('employer')

/** An employer user, on records addressed to their company (`field` holds the employer structure). */
export const employerOf = (field = 'employer') => allOf(isEmployer, inUserStructures(field))

const statusIn =
  (states: readonly string[]): AccessFn =>
  () =>
    ({ status: { in: [...states] } }) as Where

/** Candidatures the company received: sent or later, never drafts or those awaiting validation. */
export const candidaturesSentToEmployer = allOf(employerOf('employer'), statusIn(CANDIDATURE_STATES_SENT))

/** Parrainages sent to the company (validated by a referent) or later. */
export const parrainagesSentToEmployer = allOf(employerOf('employer'), statusIn(PARRAINAGE_STATES_SENT))

/** Records still editable: the message and documents of a candidature not yet sent. */
export const stillEditable = statusIn(CANDIDATURE_STATES_EDITABLE)

export const ownedByCandidate = ownedByAccount('candidate')

/** The young person's own candidate file. */
export const ownedByCandidateProfile = ownedByAccount('account')

/** Read access shared by candidatures and parrainages. */
export const readOwnCandidacies = (sentToEmployer: AccessFn) =>
  anyOf(ownedByCandidate, establishmentStaffOn('structure'), sentToEmployer)

export const publishedOffers: AccessFn = () => ({ publication: { equals: 'published' } }) as Where

/** Staff of the offers section on their companies' offers (an employer manages their company's). */
export const manageOffers = allOf(opensSection('offers'), inUserStructures('structure'))

/**
 * Field-level: everyone allowed to read the record except employers (confidential candidate data,
 * the candidate link, the establishment). A user who also opens the placement section keeps it.
 */
export const hiddenFromEmployers: FieldAccess = decidedOncePerRequest((req) => {
  const user = asPrincipal(req.user)
  if (isAccountUser(user)) return true
  return !userHasRole(user, ['employer']) || userOpensSection(user, 'placement')
})

/** Admin navigation: the establishments' own collections, for those who work in the module. */
export const hiddenOutsidePlacement = hiddenUnless({ sections: ['placement'] })

/** Admin navigation: what the establishments and the companies share (candidatures, parrainages). */
export const hiddenOutsidePlacementAndEmployers = hiddenUnless({ sections: ['placement'], roles: ['employer'] })
