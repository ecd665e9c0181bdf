import type { Config } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { addAdminComponents } from '../../../src/kernel/admin/addAdminComponents'
import { withSeedStep } from '../../../src/kernel/seed/steps'
import { portfolioEndpoints } from '../endpoints/portfolioEndpoints'
import { seedPortfolio } from '../seed/seedPortfolio'
import { CejProfiles } from './CejProfiles'
import { withPortfolioFields } from './extendAccounts'
import { BENEFICIARIES_PATH, PILOTAGE_PATH, PORTFOLIO_PATH } from './options'

const COMPONENTS = '/plugins/cej/components'

/**
 * The CEJ counsellor's workspace (seed 001) on top of the host's config: the beneficiary's file
 * (`cej-profiles`, one per young person the CEJ takes in) and its rules on `accounts`, the API
 * (portfolio, sheet, « Bénéficiaires », pilotage), the admin views « Mon portefeuille », « Fiche
 * bénéficiaire », « Bénéficiaires », « Pilotage » and their demo data.
 */
export const withPortfolio = ({ config, seed }: { config: Config; seed: boolean }): Config => {
  const next: Config = {
    ...config,
    collections: [...(config.collections ?? []).map((collection) => (collection.slug === SLUGS.accounts ? withPortfolioFields(collection) : collection)), CejProfiles],
    endpoints: [...(config.endpoints ?? []), ...portfolioEndpoints],
    admin: addAdminComponents({
      admin: config.admin,
      views: {
        cejPortfolio: { Component: `${COMPONENTS}/PortfolioView#PortfolioView`, path: PORTFOLIO_PATH, exact: true },
        cejBeneficiarySheet: { Component: `${COMPONENTS}/PortfolioSheetView#PortfolioSheetView`, path: `${PORTFOLIO_PATH}/:id`, exact: true },
        cejBeneficiaries: { Component: `${COMPONENTS}/PortfolioBeneficiariesView#PortfolioBeneficiariesView`, path: BENEFICIARIES_PATH, exact: true },
        cejPilotage: { Component: `${COMPONENTS}/PortfolioPilotageView#PortfolioPilotageView`, path: PILOTAGE_PATH, exact: true },
      },
      afterNavLinks: [`${COMPONENTS}/PortfolioNavLinks#PortfolioNavLinks`],
    }),
  }
  return seed ? withSeedStep(next, seedPortfolio) : next
}
