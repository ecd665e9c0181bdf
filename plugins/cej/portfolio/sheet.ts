import type { PayloadRequest, Where } from 'payload'

import { invalidField, notFound } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { ACTION_CATEGORIES, ACTION_STATUSES } from '../collections/actions/options'
import { CEJ_SLUGS } from '../slugs'
import { mayWriteFor, requireCejStaff } from './access'
import { situationLabel } from './options'
import { cejProfilesOf } from './portfolio'
import { appointmentsOf, counsellorHistory } from './related'
import { weekOf } from './week'

export const NEVER_LOGGED_IN_BANNER =
  "Ce bénéficiaire ne s'est pas encore connecté à l'application. Il ne pourra pas échanger de messages avec vous. Le lien d'activation envoyé à l'adresse e-mail du jeune n'est valable que 12h. Si le délai est dépassé, veuillez orienter ce bénéficiaire vers l'option : mot de passe oublié."


const within = (iso: string | null | undefined, from: Date, to: Date) => Boolean(iso) && new Date(iso!) >= from && new Date(iso!) < to

const label = (options: { value: string; label: { fr: string } }[], value: string) => options.find((o) => o.value === value)?.label.fr ?? value

const readWeek = (req: PayloadRequest, value: string | null | undefined) => {
  if (!value) return weekOf(new Date())
  const at = new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) throw invalidField({ req, path: 'week', message: 'Semaine attendue : une date de la semaine (AAAA-MM-JJ).' })
  return weekOf(new Date(`${value.slice(0, 10)}T12:00:00Z`))
}

/**
 * « Détail d'une fiche bénéficiaire » (seed 001): the young person's information, the red banner
 * while they never logged in, the week's indicators (actions created, done, late, due; their
 * appointments and sessions), their actions, appointments and sessions, and the counsellor
 * history. Any CEJ staff member who may read the account sees it (a colleague read-only:
 * `readOnly`); another Mission Locale gets a 404.
 */
export const beneficiarySheet = async ({ req, id, week }: { req: PayloadRequest; id: string; week?: string | null }) => {
  requireCejStaff(req)
  const accountId = Number(id)
  if (!Number.isInteger(accountId) || accountId <= 0) throw notFound('Bénéficiaire introuvable.')
  const account = await req.payload.findByID({ collection: 'accounts', id: accountId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
  if (!account || account.status === 'deleted') throw notFound('Bénéficiaire introuvable.')
  const { from, to } = readWeek(req, week)
  const now = new Date()

  const { docs: actionDocs } = await req.payload.find({
    collection: CEJ_SLUGS.actions,
    where: { account: { equals: accountId } },
    sort: '-dueDate',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const actions = actionDocs
  const sessionWhere: Where = { 'registrations.account': { equals: accountId } }
  const { docs: sessionDocs } = await req.payload.find({ collection: CEJ_SLUGS.sessions, where: sessionWhere, sort: '-startsAt', limit: 100, depth: 0, overrideAccess: true, req })
  const sessions = sessionDocs.map((session) => ({
    id: session.id,
    title: [session.title, session.name].filter(Boolean).join(' – '),
    startsAt: session.startsAt,
    status: session.status ?? null,
    registration: session.registrations?.find((r) => Number(typeof r.account === 'object' ? (r.account as { id: number }).id : r.account) === accountId)?.status ?? null,
  }))
  const appointments = await appointmentsOf({ req, account: accountId })
  // Their CEJ file (`cej-profiles`): none yet for a young person followed without having been added.
  const profile = (await cejProfilesOf(req, [accountId])).get(accountId)
  const readOnly = !mayWriteFor(req, account)
  // « Supprimer ce compte » (DELETE): their own counsellor, on an enabled or disabled account.
  const follows = (Array.isArray(account.referents) ? account.referents : []).some((r) => String(relationId(r)) === String(req.user?.id))
  const mayDelete = follows && ['enabled', 'disabled'].includes(String(account.status))

  return {
    account: {
      id: account.id,
      firstName: account.firstName ?? null,
      lastName: account.lastName ?? null,
      email: account.email ?? null,
      phone: account.phone ?? null,
      dossierNumber: profile?.dossierNumber ?? null,
      situation: profile?.situation ?? null,
      situationLabel: situationLabel(profile?.situation),
      cejEndDate: profile?.cejEndDate ?? null,
      addedAt: account.createdAt,
      lastLoginAt: profile?.lastLoginAt ?? null,
      status: account.status ?? null,
    },
    readOnly,
    mayDelete,
    banner: profile?.lastLoginAt ? null : NEVER_LOGGED_IN_BANNER,
    week: {
      from: from.toISOString(),
      to: to.toISOString(),
      actions: {
        created: actions.filter((a) => within(a.createdAt, from, to)).length,
        done: actions.filter((a) => a.status === 'done' && within(a.completedAt, from, to)).length,
        late: actions.filter((a) => a.status !== 'done' && new Date(a.dueDate) < to && new Date(a.dueDate) < now).length,
        dueThisWeek: actions.filter((a) => within(a.dueDate, from, to)).length,
      },
      appointments: appointments.filter((a) => within(a.startsAt, from, to)).length,
      sessions: sessions.filter((s) => within(s.startsAt, from, to) && s.registration !== null).length,
    },
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      category: a.category,
      categoryLabel: label(ACTION_CATEGORIES, a.category),
      status: a.status,
      statusLabel: label(ACTION_STATUSES, a.status),
      dueDate: a.dueDate,
      late: a.status !== 'done' && new Date(a.dueDate) < now,
      qualified: Boolean(a.qualification?.qualifiedAt),
    })),
    appointments,
    sessions,
    counsellorHistory: await counsellorHistory({ req, account }),
  }
}
