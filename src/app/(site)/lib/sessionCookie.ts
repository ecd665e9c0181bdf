/** The young person's token lives in this httpOnly cookie of the site: scripts never read it. */
export const SESSION_COOKIE = 'tremplin-jeune'
