import type { Config, Plugin } from 'payload'

import { archiving } from './archiving'
import { Accounts } from './collections/accounts'
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
      collections: [
        ...(config.collections ?? []),
        Structures,
        bindLifecycle(Users, userBinding),
        bindLifecycle(Accounts, accountBinding),
        Media,
        Notifications,
        Programmes,
        ...archivingParts.collections,
      ],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), notifyTask, ...archivingParts.tasks] },
    }
    return seed ? seedCore.reduce(withSeedStep, next) : next
  }
