import crypto from 'node:crypto'

import { isPasswordByLink } from './passwordByLink'

/**
 * The password a record is created with when the person will choose theirs through an e-mailed
 * link: a random secret nobody knows, whenever the caller sent none or the admin form's
 * placeholder (`PasswordByLink`). `null` when the caller chose a password: it is kept.
 */
export const secretUnlessChosen = (password: unknown): string | null =>
  !password || isPasswordByLink(password) ? crypto.randomBytes(24).toString('base64url') : null
