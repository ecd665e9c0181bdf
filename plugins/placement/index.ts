import type { Config, Plugin } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { addAdminComponents } from '../../src/kernel/admin/addAdminComponents'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { bindLifecycle } from '../lifecycle'
import { extendAccounts } from './accounts/extendAccounts'
import { Candidatures } from './collections/candidatures'
import { candidatureBinding } from './collections/candidatures/lifecycle'
import { Documents } from './collections/Documents'
import { FollowUpMessages } from './collections/FollowUpMessages'
import { Offers } from './collections/Offers'
import { Parrainages } from './collections/parrainages'
import { parrainageBinding } from './collections/parrainages/lifecycle'
import { PrivateNotes } from './collections/PrivateNotes'
import { PLACEMENT_DEFAULTS } from './defaults'
import { directoryEndpoints } from './endpoints/directory'
import { followUpAlertTask } from './jobs/followUpAlertTask'
import { DIRECTORY_PATH } from './paths'
import { seedPlacement } from './seed/seedPlacement'
import { withReferents } from './referents'
import type { PlacementPluginOptions } from './types'

export type { PlacementPluginOptions } from './types'

const COMPONENTS = '/plugins/placement/components'

/** The cohort's dashboard block and, with the directory, the « Annuaire » view and its link. */
const withAdminViews = ({ admin, directory }: { admin: Config['admin']; directory: boolean }): Config['admin'] =>
  addAdminComponents({
    admin,
    beforeDashboard: [`${COMPONENTS}/CohortDashboard#CohortDashboard`],
    ...(directory
      ? {
          views: { placementDirectory: { Component: `${COMPONENTS}/DirectoryView#DirectoryView`, path: DIRECTORY_PATH, exact: true } },
          afterNavLinks: [`${COMPONENTS}/DirectoryNavLink#DirectoryNavLink`],
        }
      : {}),
  })

/**
 * Atouts pour tous (seed 004): offers, candidates' documents, candidatures and parrainages with
 * their lifecycles, follow-up messages, private notes, the directory (API and « Annuaire » view)
 * and the cohort's dashboard block. Extends the core's `accounts` with the candidate file.
 * A deployment leaves it out by not listing it.
 */
export const placementPlugin =
  (options: PlacementPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const { directory, seed } = { ...PLACEMENT_DEFAULTS, ...options }
    const next: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) => (collection.slug === SLUGS.accounts ? extendAccounts(collection) : collection)),
        Offers,
        Documents,
        bindLifecycle(Candidatures, candidatureBinding),
        bindLifecycle(Parrainages, parrainageBinding),
        FollowUpMessages,
        PrivateNotes,
      ],
      endpoints: [...(config.endpoints ?? []), ...(directory ? directoryEndpoints : [])],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), followUpAlertTask] },
      admin: withAdminViews({ admin: config.admin, directory }),
    }
    const withTransfers = withReferents(next)
    return seed ? withSeedStep(withTransfers, seedPlacement) : withTransfers
  }
