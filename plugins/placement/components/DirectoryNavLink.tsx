import type { ServerProps } from 'payload'

import { asPrincipal, userHasRole, userWorksIn } from '../../../src/kernel/access'
import { DIRECTORY_PATH } from '../paths'

/** « Annuaire » in the navigation, for whom the directory is open: establishment staff and employers. */
export const DirectoryNavLink = ({ user }: ServerProps) => {
  const principal = asPrincipal(user)
  if (!userWorksIn(principal, 'placement') && !userHasRole(principal, ['employer'])) return null
  return (
    <a className="nav__link" href={`/admin${DIRECTORY_PATH}`} id="nav-placement-directory">
      <span className="nav__link-label">Annuaire</span>
    </a>
  )
}
