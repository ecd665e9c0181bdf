import type { PayloadRequest, TaskConfig } from 'payload'

import { withAdvisoryLock } from '../../../src/kernel/db/advisoryLock'
import { findDocs } from '../../../src/kernel/lib/loadDoc'
import { CEJ_SLUGS } from '../slugs'
import { notifyAppointmentNow, type AppointmentNotice } from './notifications'

export const APPOINTMENT_CLOCK_TASK = 'cej-appointment-clock'

const DAY = 24 * 60 * 60 * 1000

/**
 * « Il recevra une notification 7 jours avant le rendez-vous et la veille »: for each planned
 * appointment shown to and notified to its young people, the reminder whose moment has come
 * (the day before within 24 hours of the start, else the week before within 7 days), and only if
 * the appointment existed at that moment (one booked 3 days ahead gets no « dans une semaine »).
 * Each reminder goes once per person and date (dedupe key), so running the clock twice, or on
 * two instances, sends nothing more. `now` is a parameter so that a test drives the clock.
 */
export const remindAppointments = async ({ req, now = new Date() }: { req: PayloadRequest; now?: Date }) => {
  const soon = await findDocs({
    req,
    collection: CEJ_SLUGS.appointments,
    where: {
      and: [
        { status: { equals: 'planned' } },
        { notifyYoungPeople: { equals: true } },
        { visibleToYoungPeople: { equals: true } },
        { startsAt: { greater_than: now.toISOString() } },
        { startsAt: { less_than_equal: new Date(now.getTime() + 7 * DAY).toISOString() } },
      ],
    },
    sort: 'startsAt',
    limit: 1000,
  })
  let sent = 0
  for (const appointment of soon) {
    const startsAt = new Date(appointment.startsAt).getTime()
    const days = startsAt - now.getTime() <= DAY ? 1 : 7
    if (new Date(appointment.createdAt).getTime() > startsAt - days * DAY) continue
    sent += await notifyAppointmentNow({ req, appointment, notice: `reminder-${days}` as AppointmentNotice })
  }
  return sent
}

/**
 * The appointments' clock, on the effects queue beside the sessions' one (`CEJ_CLOCK_CRON`).
 * One tick at a time across instances (advisory lock); a tick run twice is harmless.
 */
export const appointmentClockTask = ({ cron, queue }: { cron: string; queue: string }): TaskConfig => ({
  slug: APPOINTMENT_CLOCK_TASK as TaskConfig['slug'],
  label: 'Horloge des rendez-vous CEJ (rappels)',
  schedule: [{ cron, queue }],
  retries: 2,
  handler: async ({ req }) => {
    const tick = await withAdvisoryLock({ payload: req.payload, name: APPOINTMENT_CLOCK_TASK, task: () => remindAppointments({ req }) })
    if (!tick.ran) req.payload.logger.info({ msg: 'Horloge des rendez-vous CEJ : un autre processus exécute ce tour, celui-ci est sauté' })
    return { output: {} }
  },
})
