import type { Config, Plugin } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { withSeedStep } from '../../src/seed/steps'
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
import { seedPlacement } from './seed/seedPlacement'
import type { PlacementPluginOptions } from './types'

export type { PlacementPluginOptions } from './types'

/**
 * Atouts pour tous (seed 004): offers, candidates' documents, candidatures and parrainages with
 * their lifecycles, follow-up messages, private notes and the directory. Extends the core's
 * `accounts` with the candidate file. A deployment leaves it out by not listing it.
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
    }
    return seed ? withSeedStep(next, seedPlacement) : next
  }
