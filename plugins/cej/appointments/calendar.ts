import ICAL from 'ical.js'

import type { EmailAttachment } from '../../../src/kernel/notifications/notify'
import { env } from '../../../src/kernel/config/env'
import { appointmentModalityLabel, appointmentTypeLabel, durationMinutes } from './options'

export type CalendarAppointment = {
  id: number | string
  title: string
  type?: string | null
  description?: string | null
  modality?: string | null
  startsAt: string
  duration?: string | null
  address?: string | null
  organisation?: string | null
  sequence?: number | null
}

const utc = (date: Date) => ICAL.Time.fromJSDate(date, true)

/** Where it happens, as one line: the address, the organisation, or the modality. */
export const appointmentPlace = (appointment: CalendarAppointment) =>
  [appointment.address, appointment.organisation].filter(Boolean).join(', ') || appointmentModalityLabel(appointment.modality)

/**
 * The appointment as an iCalendar file (RFC 5545) built with ical.js: one VEVENT whose UID stays
 * the same across changes, SEQUENCE increases with each change, and a cancellation is
 * `METHOD:CANCEL` / `STATUS:CANCELLED`, so a calendar updates or removes the event it imported.
 */
export const appointmentCalendar = ({ appointment, cancelled = false }: { appointment: CalendarAppointment; cancelled?: boolean }) => {
  const calendar = new ICAL.Component(['vcalendar', [], []])
  calendar.updatePropertyWithValue('prodid', '-//Tremplin//Rendez-vous CEJ//FR')
  calendar.updatePropertyWithValue('version', '2.0')
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN')
  calendar.updatePropertyWithValue('method', cancelled ? 'CANCEL' : 'PUBLISH')

  const vevent = new ICAL.Component('vevent')
  const event = new ICAL.Event(vevent)
  const start = new Date(appointment.startsAt)
  event.uid = `appointment-${appointment.id}@${new URL(env.serverURL).hostname}`
  event.summary = appointment.title
  event.startDate = utc(start)
  event.endDate = utc(new Date(start.getTime() + durationMinutes(appointment.duration) * 60_000))
  event.location = appointmentPlace(appointment)
  event.description = [appointmentTypeLabel(appointment.type), appointmentModalityLabel(appointment.modality), appointment.description].filter(Boolean).join('\n')
  vevent.addPropertyWithValue('dtstamp', utc(new Date()))
  vevent.addPropertyWithValue('sequence', appointment.sequence ?? 0)
  vevent.addPropertyWithValue('status', cancelled ? 'CANCELLED' : 'CONFIRMED')
  calendar.addSubcomponent(vevent)
  return calendar.toString()
}

/** The `.ics` file joined to every appointment e-mail. */
export const appointmentAttachment = (args: { appointment: CalendarAppointment; cancelled?: boolean }): EmailAttachment => ({
  filename: 'rendez-vous.ics',
  content: appointmentCalendar(args),
  contentType: `text/calendar; charset=utf-8; method=${args.cancelled ? 'CANCEL' : 'PUBLISH'}`,
})
