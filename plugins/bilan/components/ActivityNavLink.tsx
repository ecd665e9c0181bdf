import type { ServerProps } from 'payload'

import { asPrincipal, userWorksIn } from '../../../src/kernel/access'
import { ACTIVITY_PATH } from '../paths'

/** « Tableau d'activité » in the navigation, for the bilan's staff. */
export const ActivityNavLink = ({ user }: ServerProps) => {
  if (!userWorksIn(asPrincipal(user), 'bilan')) return null
  return (
    <a className="nav__link" href={`/admin${ACTIVITY_PATH}`} id="nav-bilan-activity">
      <span className="nav__link-label">Tableau d'activité (bilans)</span>
    </a>
  )
}
