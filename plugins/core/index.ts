import type { Config, Plugin } from 'payload'

import { Accounts } from './collections/accounts'
import { accountBinding } from './collections/accounts/lifecycle'
import { Media } from './collections/media'
import { Notifications } from './collections/notifications'
import { Structures } from './collections/structures'
import { Users } from './collections/users'
import { userBinding } from './collections/users/lifecycle'
import { notifyTask } from '../../src/notifications/notifyLater'
import { bindLifecycle } from '../lifecycle'

/** The core every module builds on: structures, staff users, young people's accounts, media, notifications (and the task that delivers queued ones). */
export const corePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      Structures,
      bindLifecycle(Users, userBinding),
      bindLifecycle(Accounts, accountBinding),
      Media,
      Notifications,
    ],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), notifyTask] },
  })
