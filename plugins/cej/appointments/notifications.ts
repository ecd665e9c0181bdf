import type { PayloadRequest } from 'payload'

import { absoluteUrl } from '../../../src/kernel/email/links'
import { frenchDateTime } from '../../../src/kernel/lib/frenchDates'
import type { AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { findDocs } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { notifyAccount } from '../../../src/kernel/notifications/notify'
import { notifyAccountLater } from '../../../src/kernel/notifications/notifyLater'
import { appointmentAttachment, appointmentPlace, type CalendarAppointment } from './calendar'

/** What an appointment e-mail tells: invited, changed, cancelled, or a reminder 7 days / 1 day before. */
export type AppointmentNotice = 'invited' | 'changed' | 'cancelled' | 'reminder-7' | 'reminder-1'

const TITLES: Record<AppointmentNotice, string> = {
  invited: 'Nouveau rendez-vous avec votre conseiller',
  changed: 'Votre rendez-vous a changé',
  cancelled: 'Votre rendez-vous est annulé',
  'reminder-7': 'Rappel : votre rendez-vous a lieu dans une semaine',
  'reminder-1': 'Rappel : votre rendez-vous a lieu demain',
}

/** One key per appointment and notice (a change per `sequence`, a reminder per date): each goes once. */
const dedupeKeyOf = (appointment: AnyDoc, notice: AppointmentNotice) => {
  if (notice === 'changed') return `appointment:${appointment.id}:changed:${appointment.sequence ?? 0}`
  if (notice.startsWith('reminder')) return `appointment:${appointment.id}:${notice}:${new Date(appointment.startsAt).toISOString()}`
  return `appointment:${appointment.id}:${notice}`
}

const messageOf = (appointment: AnyDoc, notice: AppointmentNotice) => {
  const lines = [`« ${appointment.title} » le ${frenchDateTime(appointment.startsAt)}, durée ${appointment.duration ?? '01:00'}.`, `Lieu : ${appointmentPlace(appointment as CalendarAppointment)}.`]
  if (notice === 'cancelled' && appointment.cancellationReason) lines.push(`Motif : ${appointment.cancellationReason}`)
  if (notice !== 'cancelled') lines.push("Le fichier joint ajoute ce rendez-vous à votre agenda (Outlook, Google, téléphone).")
  return {
    kind: 'cej-appointment' as const,
    title: TITLES[notice],
    lines,
    link: { label: 'Voir mon agenda', url: absoluteUrl('/espace-jeune') },
    dedupeKey: dedupeKeyOf(appointment, notice),
    attachments: [appointmentAttachment({ appointment: appointment as CalendarAppointment, cancelled: notice === 'cancelled' })],
  }
}

/** The young people told about an appointment: only when it is shown to them and the counsellor chose to notify. */
export const isNotified = (appointment: AnyDoc) => appointment.notifyYoungPeople !== false && appointment.visibleToYoungPeople !== false

const invitedAccounts = async (req: PayloadRequest, ids: number[]) =>
  ids.length ? findDocs({ req, collection: 'accounts', where: { id: { in: ids } }, limit: ids.length }) : []

export const invitedIds = (appointment: Record<string, unknown>) =>
  ((appointment.youngPeople ?? []) as unknown[]).map(relationId).filter((id): id is number => id !== null)

/**
 * Decided during a request (creation, change): queued in its transaction, so the e-mails leave
 * only if the change commits (`notifyAccountLater`).
 */
export const notifyAppointmentLater = async ({ req, appointment, notice, accounts }: { req: PayloadRequest; appointment: AnyDoc; notice: AppointmentNotice; accounts: number[] }) => {
  if (!isNotified(appointment)) return
  for (const account of await invitedAccounts(req, accounts)) await notifyAccountLater({ req, account, ...messageOf(appointment, notice) })
}

/** From a job (the cancellation effect, the clock): sent now, each at most once per person. */
export const notifyAppointmentNow = async ({ req, appointment, notice }: { req: PayloadRequest; appointment: AnyDoc; notice: AppointmentNotice }) => {
  if (!isNotified(appointment)) return 0
  const accounts = await invitedAccounts(req, invitedIds(appointment))
  for (const account of accounts) await notifyAccount({ req, account, ...messageOf(appointment, notice) })
  return accounts.length
}
