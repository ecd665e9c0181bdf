import type { ServerProps } from 'payload'

import { asPrincipal, userOpensSection } from '../../../src/kernel/access'
import { REASSIGN_PATH } from './paths'

/** « Réaffectation » in the navigation, for the CEJ staff (counsellors and CEJ admins). */
export const ReassignNavLink = ({ user }: ServerProps) => {
  if (!userOpensSection(asPrincipal(user), 'cej')) return null
  return (
    <a className="nav__link" href={`/admin${REASSIGN_PATH}`} id="nav-cej-reassign">
      <span className="nav__link-label">Réaffectation</span>
    </a>
  )
}
