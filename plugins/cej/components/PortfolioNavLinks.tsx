import type { ServerProps } from 'payload'

import { asPrincipal, userWorksIn } from '../../../src/kernel/access'
import { BENEFICIARIES_PATH, PILOTAGE_PATH, PORTFOLIO_PATH } from '../portfolio/options'

/** « Portefeuille », « Bénéficiaires » and « Pilotage » in the navigation, for the CEJ staff. */
export const PortfolioNavLinks = ({ user }: ServerProps) => {
  if (!userWorksIn(asPrincipal(user), 'cej')) return null
  return (
    <>
      <a className="nav__link" href={`/admin${PORTFOLIO_PATH}`} id="nav-cej-portfolio">
        <span className="nav__link-label">Mon portefeuille (CEJ)</span>
      </a>
      <a className="nav__link" href={`/admin${BENEFICIARIES_PATH}`} id="nav-cej-beneficiaries">
        <span className="nav__link-label">Bénéficiaires (CEJ)</span>
      </a>
      <a className="nav__link" href={`/admin${PILOTAGE_PATH}`} id="nav-cej-pilotage">
        <span className="nav__link-label">Pilotage (CEJ)</span>
      </a>
    </>
  )
}
