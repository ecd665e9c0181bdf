import type { CollectionConfig, Config, Endpoint, Plugin } from 'payload'

import { archiving } from './archiving'
import { Accounts } from './collections/accounts'
import { BulkOperations } from './collections/bulk-operations'
import { transferCounsellorEndpoint, transferPlaceEndpoint } from './endpoints/bulkTransfers'
import { counsellorTransferKind, placeTransferKind } from './operations/bulkTransfers'
import { addAdminComponents } from '../../src/kernel/admin/addAdminComponents'
import { bulkOperationTask, bulkWatchdogTask, withBulkKinds } from '../../src/kernel/bulk'
import { accountBinding } from './collections/accounts/lifecycle'
import { Media } from './collections/media'
import { Notifications } from './collections/notifications'
import { knownPersonEndpoint, openProgrammeEndpoint, withKnownPersonProposal } from './known-person'
import { pathEndpoint, pathQueries, withPathPanel } from './path'
import { readSharingConsentEndpoint, recordSharingConsentEndpoint, SharingConsents } from './consent'
import { ErasureRequests, myDataEndpoint, myDataPdfEndpoint } from './personal-data'
import { Programmes } from './collections/programmes'
import { installFollowUpStructureTriggers } from './followUpStructure'
import { poolOfPayload } from '../../src/kernel/db/sharedCounters'
import { Structures } from './collections/structures'
import { Users } from './collections/users'
import { userBinding } from './collections/users/lifecycle'
import { staffPasswordLinkEmailTask } from './collections/users/passwordByLink'
import { seedCore } from './seed/seedCore'
import { withRequiredFields } from './required-fields'
import { withSilentAlert } from './silent-alert'
import { notifyTask } from '../../src/kernel/notifications/notifyLater'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { bindLifecycle } from '../lifecycle'
import { workListEndpoint, withWorkItems } from '../../src/kernel/workList'
import { CORE_WORK_ITEMS } from './workItems'

/** The collection with these endpoints after its own ones. */
const withEndpoints = (collection: CollectionConfig, endpoints: Endpoint[]): CollectionConfig => ({ ...collection, endpoints: [...(collection.endpoints || []), ...endpoints] })

export type CorePluginOptions = {
  /** Adds the core's demo data (structures, staff, young people) to the seed; the host's runner runs it before every module's. */
  seed?: boolean
}

/** The core every module builds on: structures, staff users, young people's accounts, media, notifications (and the task that delivers queued ones). */
export const corePlugin =
  ({ seed = true }: CorePluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const archivingParts = archiving()
    const next: Config = {
      ...config,
      admin: addAdminComponents({
        admin: config.admin,
        views: { transfers: { Component: '/plugins/core/components/TransfersView#TransfersView', path: '/transferts', exact: true } },
        afterNavLinks: ['/plugins/core/components/TransfersView#TransfersNavLink'],
        // First on every dashboard: what waits for the user (modules add their items with withWorkItems).
        beforeDashboard: ['/src/kernel/workList/WorkListDashboard#WorkListDashboard'],
      }),
      endpoints: [...(config.endpoints ?? []), workListEndpoint],
      graphQL: { ...config.graphQL, queries: (GraphQL, context) => ({ ...config.graphQL?.queries?.(GraphQL, context), ...pathQueries(GraphQL, context) }) },
      collections: [
        ...(config.collections ?? []),
        Structures,
        bindLifecycle(Users, userBinding),
        withEndpoints(bindLifecycle(withPathPanel(withKnownPersonProposal(Accounts)), accountBinding), [
          myDataEndpoint,
          myDataPdfEndpoint,
          readSharingConsentEndpoint,
          recordSharingConsentEndpoint,
          openProgrammeEndpoint,
          knownPersonEndpoint,
          pathEndpoint,
        ]),
        Media,
        Notifications,
        Programmes,
        SharingConsents,
        ErasureRequests,
        ...archivingParts.collections,
        withEndpoints(BulkOperations, [transferCounsellorEndpoint, transferPlaceEndpoint]),
      ],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), notifyTask, staffPasswordLinkEmailTask, ...archivingParts.tasks, bulkOperationTask(), bulkWatchdogTask()] },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        // Before anything writes an account or a programme (the seed, the first request).
        await installFollowUpStructureTriggers(poolOfPayload(payload))
      },
    }
    // « Les champs obligatoires » and « Sifflet silencieux » (seed 003).
    const withKinds = withWorkItems(withBulkKinds(withSilentAlert(withRequiredFields(next)), [counsellorTransferKind, placeTransferKind, ...archivingParts.kinds]), CORE_WORK_ITEMS)
    return seed ? seedCore.reduce(withSeedStep, withKinds) : withKinds
  }
