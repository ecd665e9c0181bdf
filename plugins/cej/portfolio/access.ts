import type { PayloadRequest, Where } from 'payload'

import { anyOf, asPrincipal, followedByUser, isAccount, isStaffUser, isSuperAdminUser, opensSection, userOpensSection } from '../../../src/kernel/access'
import { forbidden } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { NOT_IN_PORTFOLIO } from './options'

/** CEJ beneficiaries are the accounts with an i-milo dossier number; every other account keeps the core's rule. */
const notACejBeneficiary = (): Where => ({ dossierNumber: { exists: false } })

/**
 * Who may write on a CEJ beneficiary (« La page bénéficiaires »): the young person, the Mission
 * Locale's account managers (accounts section: admin, référents) and the counsellors who follow
 * them; a colleague counsellor of the same Mission Locale only reads. Combined with `allOf` over
 * the core's own rule, so it only ever narrows it.
 */
export const writesOnBeneficiary = anyOf(isAccount, opensSection('accounts'), notACejBeneficiary, followedByUser('referents'))

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
