/**
 * The admin's creation form of an account must send a password (Payload's auth inputs validate
 * it); it sends this prefix and a random tail instead. The server never keeps such a value: it
 * replaces it by a secret of its own, so nobody, not even the staff member's browser, knows the
 * password before the young person chooses theirs through the e-mailed link.
 */
export const PASSWORD_BY_LINK_PREFIX = 'lien-par-email:'

export const isPasswordByLink = (value: unknown): boolean => typeof value === 'string' && value.startsWith(PASSWORD_BY_LINK_PREFIX)
