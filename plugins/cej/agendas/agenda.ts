import type { PayloadRequest, Where } from 'payload'

import { asPrincipal, isAccountUser, requireAccess } from '../../../src/kernel/access'
import { forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { findDocs, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { appointmentLifecycle } from '../../../workflows/appointment/machine'
import { sessionLifecycle } from '../../../workflows/session/machine'
import { cejStaffInStructures } from '../access'
import { appointmentModalityLabel, appointmentTypeLabel, durationMinutes } from '../appointments/options'
import { ACTION_CATEGORIES, ACTION_STATUSES } from '../collections/actions/options'
import { SESSION_KINDS } from '../collections/sessions/options'
import { CEJ_SLUGS } from '../slugs'
import { isCalendarDay, parisDay, weekOf, type Week } from './week'

const MINUTE = 60_000

const timeOf = (instant: Date) => instant.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).replace(':', 'h')

/** « Matin » before noon in Paris, then « Après-midi », as the agenda groups a day. */
const partOfDay = (instant: Date) => (Number(instant.toLocaleString('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })) < 12 ? 'Matin' : 'Après-midi')

/** « Nom Prénom » of a young person, read now (an anonymised account shows its anonymised name). */
const displayName = (account: AnyDoc) => [account.lastName?.toUpperCase(), account.firstName].filter(Boolean).join(' ') || 'Bénéficiaire'

/** The `week` query parameter: any day of the wanted week (YYYY-MM-DD), this week when absent. */
export const readWeek = (req: PayloadRequest, now = new Date()): Week => {
  const week = req.query?.week
  if (week === undefined || week === '') return weekOf({ now })
  if (!isCalendarDay(week)) throw invalidField({ req, path: 'week', message: 'Semaine attendue : un jour de la semaine au format AAAA-MM-JJ (par exemple 2026-11-23).' })
  return weekOf({ day: week, now })
}

type AgendaItem = { startsAt: string } & Record<string, unknown>

/** The week's days in order, each with its items (« Aujourd'hui » for today), and the navigation. */
const byDay = (week: Week, items: AgendaItem[], now: Date) => {
  const today = parisDay(now)
  return {
    period: {
      from: week.from,
      to: week.to,
      label: `Période : ${week.label}`,
      isCurrent: week.isCurrent,
      current: week.current,
      previous: week.previous,
      next: week.next,
    },
    days: week.days.map((day) => ({
      date: day.date,
      label: day.date === today ? "Aujourd'hui" : day.label.charAt(0).toUpperCase() + day.label.slice(1),
      items: items.filter((item) => {
        const at = new Date(item.startsAt)
        return at >= day.start && at < day.end
      }),
    })),
  }
}

const inWeek = (field: string, week: Week): Where[] => [{ [field]: { greater_than_equal: week.start.toISOString() } }, { [field]: { less_than: week.end.toISOString() } }]

const asCaller = (req: PayloadRequest) => ({ depth: 0, overrideAccess: false, user: req.user, req })

/**
 * « Mon agenda » (seed 001): the appointments the counsellor created and the sessions they
 * facilitate, in the week (Monday to Sunday, Europe/Paris), by day and part of day, with the
 * young people's names read now (« Bénéficiaires multiples » beyond one). Read with the
 * caller's own access: nothing of another Mission Locale can appear.
 */
export const counsellorAgenda = async ({ req, now = new Date() }: { req: PayloadRequest; now?: Date }) => {
  await requireAccess({ access: cejStaffInStructures, req, message: '« Mon agenda » est réservé aux conseillers CEJ.' })
  const week = readWeek(req, now)
  const me = req.user!.id
  const [appointments, sessions] = await Promise.all([
    req.payload.find({ collection: CEJ_SLUGS.appointments, where: { and: [{ createdBy: { equals: me } }, ...inWeek('startsAt', week)] }, sort: 'startsAt', limit: 500, ...asCaller(req) }),
    req.payload.find({ collection: CEJ_SLUGS.sessions, where: { and: [{ facilitator: { equals: me } }, ...inWeek('startsAt', week)] }, sort: 'startsAt', limit: 500, ...asCaller(req) }),
  ])
  const appointmentDocs = appointments.docs
  const accountIds = [...new Set(appointmentDocs.flatMap((a) => ((a.youngPeople ?? []) as unknown[]).map(relationId)).filter((id): id is number => id !== null))]
  const accounts = accountIds.length ? await findDocs({ req, collection: 'accounts', where: { id: { in: accountIds } }, limit: accountIds.length }) : []
  const names = new Map(accounts.map((account) => [account.id, displayName(account)]))

  const items: AgendaItem[] = [
    ...appointmentDocs.map((a) => {
      const start = new Date(a.startsAt)
      const minutes = durationMinutes(a.duration)
      const youngPeople = ((a.youngPeople ?? []) as unknown[]).map(relationId).filter((id): id is number => id !== null).map((id) => ({ id, name: names.get(id) ?? 'Bénéficiaire' }))
      return {
        kind: 'appointment',
        id: a.id,
        title: a.title,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + minutes * MINUTE).toISOString(),
        partOfDay: partOfDay(start),
        schedule: `${timeOf(start)} - ${minutes} min`,
        type: a.type,
        typeLabel: appointmentTypeLabel(a.type),
        modality: a.modality,
        modalityLabel: appointmentModalityLabel(a.modality),
        status: a.status,
        statusLabel: appointmentLifecycle.states[a.status as keyof typeof appointmentLifecycle.states]?.label.fr ?? a.status,
        youngPeople,
        youngPeopleLabel: youngPeople.length === 1 ? youngPeople[0].name : 'Bénéficiaires multiples',
        createdByMe: true,
      }
    }),
    ...sessions.docs.map((s) => {
      const start = new Date(s.startsAt)
      const end = new Date(s.endsAt)
      return {
        kind: 'session',
        id: s.id,
        title: s.title,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        partOfDay: partOfDay(start),
        schedule: `${timeOf(start)} - ${Math.round((end.getTime() - start.getTime()) / MINUTE)} min`,
        type: s.kind,
        typeLabel: SESSION_KINDS.find((k) => k.value === s.kind)?.label.fr ?? s.kind,
        modality: null,
        modalityLabel: s.location ?? '',
        status: s.status,
        statusLabel: sessionLifecycle.states[s.status as keyof typeof sessionLifecycle.states]?.label.fr ?? s.status,
        youngPeople: [],
        youngPeopleLabel: 'Bénéficiaires multiples',
        createdByMe: false,
      }
    }),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return byDay(week, items, now)
}

/**
 * The young person's agenda (« L'agenda du bénéficiaire »): their actions due this week and the
 * appointments of the week they are invited to and may see, by day, plus « Actions en retard »
 * (past their date, not done, whatever the week). Read with their own access.
 */
export const youngPersonAgenda = async ({ req, now = new Date() }: { req: PayloadRequest; now?: Date }) => {
  const user = asPrincipal(req.user)
  if (!isAccountUser(user)) throw forbidden('Cet agenda est celui du bénéficiaire connecté à son espace.')
  const week = readWeek(req, now)
  const mine = { account: { equals: user!.id } }
  const [actions, late, appointments] = await Promise.all([
    req.payload.find({ collection: CEJ_SLUGS.actions, where: { and: [mine, ...inWeek('dueDate', week)] }, sort: 'dueDate', limit: 500, ...asCaller(req) }),
    req.payload.find({ collection: CEJ_SLUGS.actions, where: { and: [mine, { status: { not_equals: 'done' } }, { dueDate: { less_than: now.toISOString() } }] }, sort: 'dueDate', limit: 100, ...asCaller(req) }),
    req.payload.find({ collection: CEJ_SLUGS.appointments, where: { and: inWeek('startsAt', week) }, sort: 'startsAt', limit: 500, ...asCaller(req) }),
  ])
  const action = (a: AnyDoc) => ({
    kind: 'action',
    id: a.id,
    title: a.title,
    startsAt: new Date(a.dueDate).toISOString(),
    category: a.category,
    categoryLabel: ACTION_CATEGORIES.find((c) => c.value === a.category)?.label.fr ?? a.category,
    status: a.status,
    statusLabel: ACTION_STATUSES.find((s) => s.value === a.status)?.label.fr ?? a.status,
    late: Boolean(a.status !== 'done' && new Date(a.dueDate) < now),
  })
  const items: AgendaItem[] = [
    ...actions.docs.map(action),
    ...appointments.docs.map((a) => {
      const start = new Date(a.startsAt)
      const minutes = durationMinutes(a.duration)
      return {
        kind: 'appointment',
        id: a.id,
        title: a.title,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + minutes * MINUTE).toISOString(),
        schedule: `${timeOf(start)} - ${a.title}`,
        type: a.type,
        typeLabel: appointmentTypeLabel(a.type),
        modality: a.modality,
        modalityLabel: appointmentModalityLabel(a.modality),
        address: a.address ?? null,
        organisation: a.organisation ?? null,
        duration: a.duration,
        status: a.status,
        statusLabel: appointmentLifecycle.states[a.status as keyof typeof appointmentLifecycle.states]?.label.fr ?? a.status,
        cancellationReason: a.cancellationReason ?? null,
      }
    }),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return {
    ...byDay(week, items, now),
    lateActions: { label: `Actions en retard (${late.totalDocs})`, count: late.totalDocs, docs: late.docs.map(action) },
  }
}
