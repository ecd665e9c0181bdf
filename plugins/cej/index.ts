import type { Config, Plugin } from 'payload'

import { addAdminComponents } from '../../src/kernel/admin/addAdminComponents'
import { withBulkKinds } from '../../src/kernel/bulk'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { withWorkItems } from '../../src/kernel/workList'
import { withPathEvents } from '../../src/kernel/path'
import { bindLifecycle } from '../lifecycle'
import { Actions } from './collections/actions'
import { Sessions } from './collections/sessions'
import { sessionBinding } from './collections/sessions/lifecycle'
import { Reassignments } from './collections/reassignments'
import { reassignmentBinding } from './collections/reassignments/lifecycle'
import { reassignmentClockTask } from './jobs/reassignmentClockTask'
import { sessionClockTask } from './jobs/sessionClockTask'
import { reassignmentKinds } from './operations/reassignments'
import { seedCej } from './seed/seedCej'
import { Appointments } from './appointments/collection'
import { appointmentBinding } from './appointments/lifecycle'
import { appointmentClockTask } from './appointments/reminders'
import { seedAppointments } from './appointments/seed'
import { agendaEndpoints } from './agendas/endpoints'
import { MY_AGENDA_PATH } from './agendas/paths'
import { REASSIGN_PATH } from './reassign/paths'
import { withMessaging } from './messaging'
import { withNews } from './news'
import { withOffers } from './offers'
import { withPortfolio } from './portfolio'
import { CEJ_WORK_ITEMS } from './workItems'
import { attendedSessionEvents, completedActionEvents } from './pathEvents'

export type CejPluginOptions = {
  /** When the agenda's clock runs (seconds field included): past sessions become « À clore », reminders go out. */
  clockCron?: string
  /** The jobs queue the clock is scheduled on; it must be run (the lifecycle plugin runs `effects`). */
  queue?: string
  seed?: boolean
}

/**
 * CEJ (seed 001): the Mission Locale's agenda (collective sessions with their `session`
 * lifecycle, registrations, attendance, reminders), young people's actions and their SNP
 * qualification, and the counsellor's workspace: portfolio, beneficiary sheet, « Bénéficiaires »,
 * pilotage (portfolio/), appointments with their `appointment` lifecycle and the agendas
 * (appointments/, agendas/), messaging and news (messaging/, news/).
 */
export const cejPlugin =
  ({ clockCron = process.env.CEJ_CLOCK_CRON ?? '0 * * * * *', queue = 'effects', seed = true }: CejPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    // The counsellor's workspace: portfolio, beneficiary sheet, « Bénéficiaires », pilotage (plugins/cej/portfolio).
    config = withPortfolio({ config, seed })
    const next: Config = {
      ...config,
      collections: [...(config.collections ?? []), bindLifecycle(Sessions, sessionBinding), Actions, bindLifecycle(Reassignments, reassignmentBinding)],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sessionClockTask({ cron: clockCron, queue }), reassignmentClockTask({ cron: clockCron, queue })] },
    }
    next.collections = [...(next.collections ?? []), bindLifecycle(Appointments, appointmentBinding)]
    next.jobs = { ...next.jobs, tasks: [...(next.jobs?.tasks ?? []), appointmentClockTask({ cron: clockCron, queue })] }
    next.endpoints = [...(next.endpoints ?? []), ...agendaEndpoints]
    next.admin = addAdminComponents({
      admin: next.admin,
      views: {
        cejMyAgenda: { Component: '/plugins/cej/agendas/MyAgendaView#MyAgendaView', path: MY_AGENDA_PATH, exact: true },
        // « Le module de réaffectation »: the form over POST /api/reassignments/reassign.
        cejReassign: { Component: '/plugins/cej/reassign/ReassignView#ReassignView', path: REASSIGN_PATH, exact: true },
      },
      afterNavLinks: ['/plugins/cej/agendas/MyAgendaNavLink#MyAgendaNavLink', '/plugins/cej/reassign/ReassignNavLink#ReassignNavLink'],
    })
    const withModule = withWorkItems(withBulkKinds(withOffers(withMessaging(withNews(next), { seed }), { seed }), reassignmentKinds), CEJ_WORK_ITEMS)
    // The path (issue 18): sessions attended and actions completed.
    const withMessages = withPathEvents(withModule, [attendedSessionEvents, completedActionEvents])
    return seed ? withSeedStep(withSeedStep(withMessages, seedCej), seedAppointments) : withMessages
  }
