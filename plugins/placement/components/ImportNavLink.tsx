import type { ServerProps } from 'payload'

import { asPrincipal, userOpensSection } from '../../../src/kernel/access'
import { IMPORT_PATH } from '../paths'

/** « Importer des candidats » in the navigation, for the establishments' staff. */
export const ImportNavLink = ({ user }: ServerProps) => {
  if (!userOpensSection(asPrincipal(user), 'placement')) return null
  return (
    <a className="nav__link" href={`/admin${IMPORT_PATH}`} id="nav-placement-import">
      <span className="nav__link-label">Importer des candidats</span>
    </a>
  )
}
