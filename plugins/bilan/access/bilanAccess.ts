import type { Access } from 'payload'

import { allOf, anyOf, followedByUser, hasRole, inUserStructures, isSuperAdmin, ownedByAccount } from '../../../src/kernel/access'

/**
 * Who sees which bilan (and each of its phases, which carry the same `structure`, `counsellor`
 * and `candidate` fields): academic admins and admins everything in their academy; counsellors
 * the bilans they follow; a candidate their own.
 */
export const superviseBilans: Access = allOf(hasRole('academic-admin', 'admin'), inUserStructures('structure'))

export const followBilans: Access = allOf(hasRole('counsellor', 'lead-counsellor'), followedByUser('counsellor'))

export const ownBilan: Access = ownedByAccount('candidate')

export const readBilans: Access = anyOf(isSuperAdmin, superviseBilans, followBilans, ownBilan)

/** Only counsellors open a bilan for a candidate (seed 002). */
export const createBilans: Access = anyOf(isSuperAdmin, hasRole('counsellor', 'lead-counsellor'))

export const updateBilans: Access = anyOf(isSuperAdmin, superviseBilans, followBilans)

export const deleteBilans: Access = anyOf(isSuperAdmin, superviseBilans)

/** Steps change through answers (candidate), comments (counsellor) and transitions. */
export const updateSteps: Access = anyOf(isSuperAdmin, followBilans, ownBilan)

export const followOrSuperAdmin: Access = anyOf(isSuperAdmin, followBilans)
