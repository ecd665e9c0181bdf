import type { Config, Plugin } from 'payload'

import { Accounts } from '../../collections/accounts'
import { accountBinding } from '../../collections/accounts/lifecycle'
import { Media } from '../../collections/media'
import { Notifications } from '../../collections/notifications'
import { Structures } from '../../collections/structures'
import { Users } from '../../collections/users'
import { userBinding } from '../../collections/users/lifecycle'
import { bindLifecycle } from '../lifecycle'

/** The core every module builds on: structures, staff users, young people's accounts, media, notifications. */
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
  })
