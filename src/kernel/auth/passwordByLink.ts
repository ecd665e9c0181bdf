/**
 * The admin's creation form of an account must send a password (Payload's auth inputs validate
 * it); it sends this prefix and a random tail instead. The server never keeps such a value: it
 * replaces it by a secret of its own, so nobody, not even the staff member's browser, knows the
 * password before the young person chooses theirs through the e-mailed link.
 */
export const PASSWORD_BY_LINK_PREFIX = 'lien-par-email:'

export const isPasswordByLink = (value: unknown): boolean => typeof value === 'string' && value.startsWith(PASSWORD_BY_LINK_PREFIX)

/**
 * Set in `req.context` by whoever queued the « choose your password » e-mail of a new staff user,
 * so that a second hook of the same creation (a module's own welcome e-mail) queues no other.
 */
export const PASSWORD_LINK_QUEUED = 'passwordLinkQueued'
