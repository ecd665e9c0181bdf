import type { CollectionConfig, Config, Plugin } from 'payload'

import { addAdminComponents } from '../../src/kernel/admin/addAdminComponents'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { withWorkItems } from '../../src/kernel/workList'
import { withPathEvents } from '../../src/kernel/path'
import { bilanPhaseEvents } from './pathEvents'
import { bindLifecycle } from '../lifecycle'
import { BilanPhases } from './collections/BilanPhases'
import { Bilans } from './collections/Bilans'
import { BilanSteps } from './collections/BilanSteps'
import { bilanStepBinding } from './collections/bilanStepLifecycle'
import { ACTIVITY_PATH } from './paths'
import { seedBilan } from './seed/seedBilan'
import type { BilanPluginOptions } from './types'
import { BILAN_WORK_ITEMS } from './workItems'
import { notifyNewAccountTask, withNewAccountNotification } from './users/notifyNewAccount'

export type { BilanPluginOptions } from './types'
export { BILAN_SLUGS } from './slugs'

const COMPONENTS = '/plugins/bilan/components'

/** The activity table view, its navigation link and the dashboard block; the host's own come first. */
const withAdminViews = (admin: Config['admin']): Config['admin'] =>
  addAdminComponents({
    admin,
    views: { bilanActivity: { Component: `${COMPONENTS}/ActivityView#ActivityView`, path: ACTIVITY_PATH, exact: true } },
    afterNavLinks: [`${COMPONENTS}/ActivityNavLink#ActivityNavLink`],
    beforeDashboard: [`${COMPONENTS}/BilanDashboard#BilanDashboard`],
  })

/**
 * Mon Bilan en Ligne (seed 002): editable phases, each candidate's bilan and the progress of
 * every chosen phase through the `bilan-phase` machine, the « Ajouter un conseiller »
 * notification, and the academic activity table with its CSV and statistics.
 * Switched off only by leaving it out of `TREMPLIN_MODULES` (then it contributes nothing).
 */
export const bilanPlugin =
  ({ phaseEditors }: BilanPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const phases: CollectionConfig = phaseEditors
      ? { ...BilanPhases, access: { ...BilanPhases.access, create: phaseEditors, update: phaseEditors, readVersions: phaseEditors } }
      : BilanPhases
    const collections = [phases, Bilans, bindLifecycle(BilanSteps, bilanStepBinding)]
    const withModule: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) => (collection.slug === 'users' ? withNewAccountNotification(collection) : collection)),
        ...collections,
      ],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), notifyNewAccountTask] },
      admin: withAdminViews(config.admin),
    }
    return withSeedStep(withPathEvents(withWorkItems(withModule, BILAN_WORK_ITEMS), [bilanPhaseEvents]), seedBilan)
  }
