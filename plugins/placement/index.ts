import type { Config, Plugin } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { addAdminComponents } from '../../src/kernel/admin/addAdminComponents'
import { withBulkKinds } from '../../src/kernel/bulk'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { withWorkItems } from '../../src/kernel/workList'
import { withPathEvents } from '../../src/kernel/path'
import { candidatureEvents } from './pathEvents'
import { bindLifecycle } from '../lifecycle'
import { extendAccounts } from './accounts/extendAccounts'
import { Candidatures } from './collections/candidatures'
import { candidatureBinding } from './collections/candidatures/lifecycle'
import { Documents } from './collections/Documents'
import { DocumentDrafts } from './cv/collections/DocumentDrafts'
import { SharedSpaces } from './spaces/collections/SharedSpaces'
import { seedSpaces } from './spaces/seed/seedSpaces'
import { SpaceDocuments } from './spaces/collections/SpaceDocuments'
import { SpaceEvents } from './spaces/collections/SpaceEvents'
import { SpaceMessages } from './spaces/collections/SpaceMessages'
import { FollowUpMessages } from './collections/FollowUpMessages'
import { Offers } from './collections/Offers'
import { Parrainages } from './collections/parrainages'
import { parrainageBinding } from './collections/parrainages/lifecycle'
import { PrivateNotes } from './collections/PrivateNotes'
import { PLACEMENT_DEFAULTS } from './defaults'
import { directoryEndpoints } from './endpoints/directory'
import { followUpAlertTask } from './jobs/followUpAlertTask'
import { CandidateImports } from './imports/collection'
import { CandidateProfiles } from './profiles/CandidateProfiles'
import { importCandidatesKind } from './imports/operations'
import { DIRECTORY_PATH, IMPORT_PATH } from './paths'
import { seedPlacement } from './seed/seedPlacement'
import { withReferents } from './referents'
import type { PlacementPluginOptions } from './types'
import { PLACEMENT_WORK_ITEMS } from './workItems'

export type { PlacementPluginOptions } from './types'

const COMPONENTS = '/plugins/placement/components'

/** The cohort's dashboard block, « Importer des candidats » and, with the directory, the « Annuaire » view; each with its link. */
const withAdminViews = ({ admin, directory }: { admin: Config['admin']; directory: boolean }): Config['admin'] =>
  addAdminComponents({
    admin,
    beforeDashboard: [`${COMPONENTS}/CohortDashboard#CohortDashboard`],
    views: {
      placementImport: { Component: `${COMPONENTS}/ImportView#ImportView`, path: IMPORT_PATH, exact: true },
      ...(directory ? { placementDirectory: { Component: `${COMPONENTS}/DirectoryView#DirectoryView`, path: DIRECTORY_PATH, exact: true } } : {}),
    },
    afterNavLinks: [`${COMPONENTS}/ImportNavLink#ImportNavLink`, ...(directory ? [`${COMPONENTS}/DirectoryNavLink#DirectoryNavLink`] : [])],
  })

/**
 * Atouts pour tous (seed 004): offers, candidates' documents, candidatures and parrainages with
 * their lifecycles, follow-up messages, private notes, the directory (API and « Annuaire » view)
 * and the cohort's dashboard block; CVs and cover letters typed in the platform (`cv/`), the
 * professionals' « espaces collaboratifs » (`spaces/`) and the import of candidates from a CSV or
 * Excel file (`imports/`). The candidate file is its own collection, one-to-one with the
 * account (`profiles/`); the core's `accounts` gains no column.
 * A deployment leaves it out by not listing it.
 */
export const placementPlugin =
  (options: PlacementPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const { directory, seed } = { ...PLACEMENT_DEFAULTS, ...options }
    const next: Config = withWorkItems({
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) => (collection.slug === SLUGS.accounts ? extendAccounts(collection) : collection)),
        Offers,
        Documents,
        bindLifecycle(Candidatures, candidatureBinding),
        bindLifecycle(Parrainages, parrainageBinding),
        FollowUpMessages,
        PrivateNotes,
        DocumentDrafts,
        SharedSpaces,
        SpaceMessages,
        SpaceDocuments,
        SpaceEvents,
        CandidateImports,
        CandidateProfiles,
      ],
      endpoints: [...(config.endpoints ?? []), ...(directory ? directoryEndpoints : [])],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), followUpAlertTask] },
      admin: withAdminViews({ admin: config.admin, directory }),
    }, PLACEMENT_WORK_ITEMS)
    const withKinds = withPathEvents(withReferents(withBulkKinds(next, [importCandidatesKind])), [candidatureEvents])
    return seed ? withSeedStep(withSeedStep(withKinds, seedPlacement), seedSpaces) : withKinds
  }
