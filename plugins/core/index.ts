import type { Config, Plugin } from 'payload'

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
import { Programmes } from './collections/programmes'
import { Structures } from './collections/structures'
import { Users } from './collections/users'
import { userBinding } from './collections/users/lifecycle'
import { seedCore } from './seed/seedCore'
import { notifyTask } from '../../src/kernel/notifications/notifyLater'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { bindLifecycle } from '../lifecycle'

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
      }),
      collections: [
        ...(config.collections ?? []),
        Structures,
        bindLifecycle(Users, userBinding),
        bindLifecycle(Accounts, accountBinding),
        Media,
        Notifications,
        Programmes,
        ...archivingParts.collections,
        { ...BulkOperations, endpoints: [...(BulkOperations.endpoints || []), transferCounsellorEndpoint, transferPlaceEndpoint] },
      ],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), notifyTask, ...archivingParts.tasks, bulkOperationTask(), bulkWatchdogTask()] },
    }
    const withKinds = withBulkKinds(next, [counsellorTransferKind, placeTransferKind, ...archivingParts.kinds])
    return seed ? seedCore.reduce(withSeedStep, withKinds) : withKinds
  }
