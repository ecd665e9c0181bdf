import type { ServerProps } from 'payload'

import { asPrincipal, isStaffUser } from '../../../src/kernel/access'
import { LETTERS_PATH } from '../slugs'

/** « Courriers en nombre » in the navigation, for staff (what they may print is decided by access). */
export const LettersNavLink = ({ user }: ServerProps) => {
  if (!isStaffUser(asPrincipal(user))) return null
  return (
    <a className="nav__link" href={`/admin${LETTERS_PATH}`} id="nav-letters">
      <span className="nav__link-label">Courriers en nombre</span>
    </a>
  )
}
