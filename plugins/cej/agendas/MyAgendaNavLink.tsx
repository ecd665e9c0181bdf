import type { ServerProps } from 'payload'

import { asPrincipal, userWorksIn } from '../../../src/kernel/access'
import { MY_AGENDA_PATH } from './paths'

/** « Mon agenda » in the navigation, for the CEJ staff. */
export const MyAgendaNavLink = ({ user }: ServerProps) => {
  if (!userWorksIn(asPrincipal(user), 'cej')) return null
  return (
    <a className="nav__link" href={`/admin${MY_AGENDA_PATH}`} id="nav-cej-my-agenda">
      <span className="nav__link-label">Mon agenda</span>
    </a>
  )
}
