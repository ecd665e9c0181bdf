import type { Config } from 'payload'

import { addAdminComponents } from '../../../src/kernel/admin/addAdminComponents'
import { SilentAlerts, SilentAlertSettings } from './collections'
import { silentAlertSmsTask } from './smsTask'

/**
 * « Sifflet silencieux » (seed 003): the per-structure setting, the record of every alert, the
 * trigger endpoint, the SMS task and, in the admin, the discreet button and the pop-up every
 * colleague sees (`components/SilentAlertNavLink`).
 */
export const withSilentAlert = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []), SilentAlertSettings, SilentAlerts],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), silentAlertSmsTask] },
  admin: addAdminComponents({ admin: config.admin, afterNavLinks: ['/plugins/core/silent-alert/components/SilentAlertNavLink#SilentAlertNavLink'] }),
})
