import type { PayloadRequest } from 'payload'

import {
  allOf,
  anyOf,
  asPrincipal,
  followedByUser,
  followedThroughFollowUp,
  followedThroughProgrammes,
  isAccount,
  isStaffUser,
  isSuperAdminUser,
  opensSection,
  ownedByAccount,
  userOpensSection,
  worksIn,
  type AccessFn,
} from '../../../src/kernel/access'
import { forbidden } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { CEJ_SLUGS } from '../slugs'
import { NOT_IN_PORTFOLIO } from './options'

/**
 * CEJ beneficiaries are the accounts whose CEJ file holds an i-milo dossier number; every other
 * account keeps the core's rule. The number lives in `cej-profiles` (issue #16), which a `Where`
 * on accounts cannot reach without a join read with every account: the one account being
 * written (`id`) is looked up instead, one indexed query. A write without an id (a bulk update)
 * is not presumed outside the CEJ: there, only the followers and account managers write.
 */
const notACejBeneficiary: AccessFn = async ({ req, id }) => {
  if (id === undefined || id === null) return false
  const { totalDocs } = await req.payload.count({
    collection: CEJ_SLUGS.cejProfiles,
    where: { and: [{ account: { equals: id } }, { dossierNumber: { exists: true } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs === 0
}

/**
 * Who may write on a CEJ beneficiary (« La page bénéficiaires »): the young person, the Mission
 * Locale's account managers (accounts section: admin, référents) and the counsellors who follow
 * them; a colleague counsellor of the same Mission Locale only reads. Combined with `allOf` over
 * the core's own rule, so it only ever narrows it.
 */
export const writesOnBeneficiary = anyOf(isAccount, opensSection('accounts'), notACejBeneficiary, followedByUser('referents'))

/**
 * The CEJ file (`cej-profiles`): the CEJ staff who follow the young person read it, as they read
 * the fields it held on `accounts` (a DABM counsellor never: `worksIn`); the young person reads
 * their own (their « Mes données » holds it) but never writes it.
 */
export const cejProfileReaders = anyOf(ownedByAccount('account'), allOf(worksIn('cej'), followedThroughProgrammes({ account: 'account' })))

/**
 * Written as the beneficiary's page is: CEJ staff of the structures that administer the file (its
 * open follow-up programme, issue 18) who follow the young person (`referents`) or manage the
 * Mission Locale's accounts; a colleague only reads.
 */
export const cejProfileWriters = allOf(
  worksIn('cej'),
  followedThroughFollowUp({ account: 'account' }),
  anyOf(opensSection('accounts'), followedByUser('account.referents')),
)

/** Does the caller follow this account, or manage the Mission Locale's accounts? (The structure scope is checked by read access.) */
export const mayWriteFor = (req: PayloadRequest, account: { referents?: unknown } | null | undefined) => {
  const user = asPrincipal(req.user)
  if (!isStaffUser(user)) return true
  if (isSuperAdminUser(user) || userOpensSection(user, 'accounts')) return true
  const referents = Array.isArray(account?.referents) ? account.referents : []
  return referents.some((referent) => String(relationId(referent)) === String(user.id))
}

/** 403 « lecture seule » unless the caller may write for this young person. */
export const requireWriteFor = (req: PayloadRequest, account: { referents?: unknown } | null | undefined) => {
  if (!mayWriteFor(req, account)) throw forbidden(NOT_IN_PORTFOLIO)
}

/** Staff who open the CEJ section (their portfolio, the Mission Locale's beneficiaries, pilotage). */
export const requireCejStaff = (req: PayloadRequest) => {
  const user = asPrincipal(req.user)
  if (!isStaffUser(user) || !userOpensSection(user, 'cej')) throw forbidden("L'espace conseiller du CEJ est réservé aux équipes CEJ des Missions Locales.")
  return user
}
