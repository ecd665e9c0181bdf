import type { PayloadRequest } from 'payload'

import { absoluteUrl } from '../../../src/kernel/email/links'
import { frenchDateTime } from '../../../src/kernel/lib/frenchDates'
import type { AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { findDocs } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { notifyAccount, notifyStaff } from '../../../src/kernel/notifications/notify'
import { notifyAccountLater, notifyStaffLater } from '../../../src/kernel/notifications/notifyLater'
import { adminDocumentLink } from '../../../src/kernel/email/links'
import { CEJ_SLUGS } from '../slugs'
import { appointmentAttachment, appointmentPlace, type CalendarAppointment } from './calendar'

/** What an appointment e-mail tells: invited, changed, cancelled, removed from it, or a reminder 7 days / 1 day before. */
export type AppointmentNotice = 'invited' | 'changed' | 'cancelled' | 'removed' | 'reminder-7' | 'reminder-1'

const CANCELS: AppointmentNotice[] = ['cancelled', 'removed']

const TITLES: Record<AppointmentNotice, string> = {
  invited: 'Nouveau rendez-vous avec votre conseiller',
  changed: 'Votre rendez-vous a changé',
  cancelled: 'Votre rendez-vous est annulé',
  removed: "Vous n'êtes plus invité(e) à un rendez-vous",
  'reminder-7': 'Rappel : votre rendez-vous a lieu dans une semaine',
  'reminder-1': 'Rappel : votre rendez-vous a lieu demain',
}

/**
 * One key per decision, so each goes once: a change per `sequence`, a reminder per date, an
 * invitation or a removal per write (someone removed then invited again is told again).
 */
const dedupeKeyOf = (appointment: AnyDoc, notice: AppointmentNotice) => {
  if (notice === 'changed') return `appointment:${appointment.id}:changed:${appointment.sequence ?? 0}`
  if (notice.startsWith('reminder')) return `appointment:${appointment.id}:${notice}:${new Date(appointment.startsAt).toISOString()}`
  if (notice === 'invited' || notice === 'removed') return `appointment:${appointment.id}:${notice}:${new Date(appointment.updatedAt).getTime()}`
  return `appointment:${appointment.id}:${notice}`
}

const messageOf = (appointment: AnyDoc, notice: AppointmentNotice) => {
  const lines = [`« ${appointment.title} » le ${frenchDateTime(appointment.startsAt)}, durée ${appointment.duration ?? '01:00'}.`, `Lieu : ${appointmentPlace(appointment as CalendarAppointment)}.`]
  if (notice === 'cancelled' && appointment.cancellationReason) lines.push(`Motif : ${appointment.cancellationReason}`)
  lines.push(
    CANCELS.includes(notice)
      ? 'Le fichier joint retire ce rendez-vous de votre agenda (Outlook, Google, téléphone).'
      : 'Le fichier joint ajoute ce rendez-vous à votre agenda (Outlook, Google, téléphone).',
  )
  return {
    kind: 'cej-appointment' as const,
    title: TITLES[notice],
    lines,
    link: { label: 'Voir mon agenda', url: absoluteUrl('/espace-jeune') },
    dedupeKey: dedupeKeyOf(appointment, notice),
    attachments: [appointmentAttachment({ appointment: appointment as CalendarAppointment, cancelled: CANCELS.includes(notice) })],
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

/** What the counsellor's own copy says: added to, changed in or removed from their calendar. */
const CREATOR_TITLES = {
  invited: 'Rendez-vous ajouté à votre agenda',
  changed: 'Rendez-vous modifié dans votre agenda',
  cancelled: 'Rendez-vous annulé',
} as const

type CreatorNotice = keyof typeof CREATOR_TITLES

const creatorMessage = (appointment: AnyDoc, notice: CreatorNotice) => ({
  kind: 'cej-appointment' as const,
  title: CREATOR_TITLES[notice],
  lines: [
    `« ${appointment.title} » le ${frenchDateTime(appointment.startsAt)}, durée ${appointment.duration ?? '01:00'}.`,
    `Lieu : ${appointmentPlace(appointment as CalendarAppointment)}.`,
    'Le fichier joint met à jour ce rendez-vous dans votre agenda (Outlook, Google, etc.).',
  ],
  link: { label: 'Voir le rendez-vous', url: adminDocumentLink(CEJ_SLUGS.appointments, appointment.id) },
  dedupeKey: notice === 'cancelled' ? `appointment:${appointment.id}:creator:cancelled` : `appointment:${appointment.id}:creator:${appointment.sequence ?? 0}`,
  attachments: [appointmentAttachment({ appointment: appointment as CalendarAppointment, cancelled: notice === 'cancelled' })],
})

const creatorOf = async (req: PayloadRequest, appointment: AnyDoc) => {
  const id = relationId(appointment.createdBy)
  if (!appointment.calendarByEmail || !id) return []
  return findDocs({ req, collection: 'users', where: { id: { equals: id } }, limit: 1 })
}

/**
 * « Intégrer cet événement à mon agenda via l'adresse e-mail »: when the counsellor asked for it,
 * the same `.ics` to their own address at creation and at each change (in the request's outbox).
 */
export const notifyCreatorLater = async ({ req, appointment, notice }: { req: PayloadRequest; appointment: AnyDoc; notice: Exclude<CreatorNotice, 'cancelled'> }) => {
  const recipients = await creatorOf(req, appointment)
  if (recipients.length) await notifyStaffLater({ req, recipients, ...creatorMessage(appointment, notice) })
}

/** The counsellor's copy of a cancellation (from the lifecycle effect). */
export const notifyCreatorNow = async ({ req, appointment }: { req: PayloadRequest; appointment: AnyDoc }) => {
  const recipients = await creatorOf(req, appointment)
  if (recipients.length) await notifyStaff({ req, recipients, ...creatorMessage(appointment, 'cancelled') })
}
