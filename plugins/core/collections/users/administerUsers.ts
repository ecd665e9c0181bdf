import type { Access } from 'payload'

import { allOf, inUserStructures, opensSection } from '../../../../src/kernel/access'

/** Nobody changes their own access. */
const notSelf: Access = ({ req }) => (req.user ? { id: { not_equals: req.user.id } } : false)

/**
 * Seed 003, « Administration »: who deactivates, unsubscribes or transfers the files of a staff
 * user — a super-admin, or an administrator of one of the user's structures, never on oneself.
 */
export const administerUsers: Access = allOf(notSelf, opensSection('administration'), inUserStructures('structures'))
