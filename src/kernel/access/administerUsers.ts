import type { Access } from 'payload'

import { allOf } from './compose'
import { inUserStructures, opensSection } from './index'

/** Nobody changes their own access. */
const notSelf: Access = ({ req }) => (req.user ? { id: { not_equals: req.user.id } } : false)

/**
 * Seed 003, « Administration »: who deactivates, unsubscribes or transfers the files (young
 * people, offers, partners) of a staff user — a super-admin, or an administrator of one of the
 * user's structures, never on oneself. In the kernel because every module's transfer uses it.
 */
export const administerUsers: Access = allOf(notSelf, opensSection('administration'), inUserStructures('structures'))
