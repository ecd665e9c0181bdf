import type { PayloadRequest } from 'payload'

import { requireAccess } from '../../../src/kernel/access'
import { lockRow } from '../../../src/kernel/db/lockRow'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { absoluteUrl } from '../../../src/kernel/email/links'
import { conflict, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { requireWriteFor } from '../portfolio/access'
import { frenchDateTime } from '../../../src/kernel/lib/frenchDates'
import { loadDoc, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { notifyAccountLater } from '../../../src/kernel/notifications/notifyLater'
import { agendaStaff } from '../access'
import { HOLDS_A_PLACE, type RegistrationStatus } from '../collections/sessions/options'
import { CEJ_SLUGS } from '../slugs'
import { sessionLabel, sessionWhenAndWhere } from './describeSession'
import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'

type Registration = { account: number; status: RegistrationStatus; comment?: string | null; changedAt?: string | null }

const SESSIONS = CEJ_SLUGS.sessions

const registrationsOf = (session: AnyDoc): Registration[] =>
  ((session.registrations ?? []) as Record<string, unknown>[]).map((r) => ({
    account: relationId(r.account) as number,
    status: r.status as RegistrationStatus,
    comment: (r.comment as string | null) ?? null,
    changedAt: (r.changedAt as string | null) ?? null,
  }))

const fullName = (person: NamedPerson) => displayName(person, { useEmail: false, fallback: '' })

/** The session as the caller may manage it: 404 if it does not exist, 403 if it is not theirs (as the transition API). */
const sessionForStaff = async (req: PayloadRequest, id: string) => {
  const session = /^\d+$/.test(id) ? await loadDoc({ req, collection: SESSIONS, id }) : null
  if (!session) throw notFound('Session introuvable.')
  await requireAccess({
    access: agendaStaff,
    req,
    on: { collection: SESSIONS, doc: session },
    message: 'Vous ne pouvez gérer que les inscriptions des sessions de votre Mission Locale.',
  })
  return session
}

/**
 * Runs `change` on the session's registrations inside one transaction holding the session's
 * row, writes the result and queues the young people's notifications in that transaction.
 */
const changeRegistrations = async ({
  req,
  id,
  change,
}: {
  req: PayloadRequest
  id: number
  change: (session: AnyDoc, registrations: Registration[]) => Promise<{ registrations: Registration[]; notify: () => Promise<void> }> | { registrations: Registration[]; notify: () => Promise<void> }
}) => {
  return withTransaction(req, async () => {
    await lockRow({ req, collection: SESSIONS, id })
    const session = (await loadDoc({ req, collection: SESSIONS, id })) as AnyDoc
    const result = await change(session, registrationsOf(session))
    const saved = (await req.payload.update({
      collection: SESSIONS,
      id,
      data: { registrations: result.registrations },
      depth: 0,
      overrideAccess: true,
      context: { skipScopeGuard: true },
      req,
    }))
    await result.notify()
    return saved
  })
}

const checkOpen = (session: AnyDoc) => {
  if (session.status !== 'upcoming') throw conflict('Les inscriptions ne sont possibles que sur une session à venir.')
  if (session.registrationDeadline && new Date(session.registrationDeadline) < new Date()) {
    throw conflict('Les inscriptions ne sont plus possibles car la date limite est atteinte.')
  }
}

const accountIds = (req: PayloadRequest, value: unknown): number[] => {
  const ids = Array.isArray(value) ? value : [value]
  if (!ids.length || ids.some((id) => !Number.isInteger(Number(id)) || Number(id) <= 0 || typeof id === 'boolean' || id === null || id === '')) {
    throw invalidField({ req, collection: SESSIONS, path: 'accounts', message: 'Choisissez un ou plusieurs bénéficiaires (identifiants de leurs comptes).' })
  }
  return [...new Set(ids.map(Number))]
}

/**
 * « Gérez les inscriptions »: registers young people of the session's Mission Locale (or
 * re-registers one who had been unregistered), within the deadline and the places left.
 */
export const registerAccounts = async ({ req, id, accounts }: { req: PayloadRequest; id: string; accounts: unknown }) => {
  const session = await sessionForStaff(req, id)
  const ids = accountIds(req, accounts)
  checkOpen(session)
  const { docs } = await req.payload.find({ collection: 'accounts', where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: true, req })
  const people = new Map(docs.map((doc) => [doc.id, doc]))
  ids.forEach((accountId, index) => {
    const person = people.get(accountId)
    const path = `accounts.${index}`
    if (!person) throw invalidField({ req, collection: SESSIONS, path, message: `Bénéficiaire introuvable (compte ${accountId}).` })
    if (relationId(person.structure) !== relationId(session.structure)) {
      throw invalidField({ req, collection: SESSIONS, path, message: `${fullName(person)} n'est pas rattaché(e) à la Mission Locale de la session : vous ne pouvez inscrire que les bénéficiaires de votre structure.` })
    }
    if (person.status !== 'enabled') {
      throw invalidField({ req, collection: SESSIONS, path, message: `Le compte de ${fullName(person)} n'est pas activé.` })
    }
    // « La page bénéficiaires »: a colleague's young person is read-only (« Inscrire à une animation collective » included).
    requireWriteFor(req, person)
  })
  return changeRegistrations({
    req,
    id: session.id,
    change: (current, registrations) => {
      checkOpen(current)
      const now = new Date().toISOString()
      const added = ids.filter((accountId) => !registrations.some((r) => r.account === accountId && HOLDS_A_PLACE.includes(r.status)))
      const taken = registrations.filter((r) => HOLDS_A_PLACE.includes(r.status)).length
      if (current.capacity && taken + added.length > current.capacity) {
        const left = Math.max(0, current.capacity - taken)
        throw conflict(`Le nombre maximum d'inscrits est atteint : ${left} place(s) restante(s) pour ${added.length} bénéficiaire(s) à inscrire.`)
      }
      const next = registrations.map((r) => (added.includes(r.account) ? { ...r, status: 'registered' as const, comment: null, changedAt: now } : r))
      for (const accountId of added) {
        if (!next.some((r) => r.account === accountId)) next.push({ account: accountId, status: 'registered', comment: null, changedAt: now })
      }
      return {
        registrations: next,
        notify: async () => {
          for (const accountId of added) {
            await notifyAccountLater({
              req,
              account: people.get(accountId)!,
              kind: 'session-registration',
              title: 'Vous êtes inscrit(e) à une session',
              lines: [`Votre conseiller vous a inscrit(e) à « ${sessionLabel(current)} », ${sessionWhenAndWhere(current)}.`, 'En cas d’imprévu, contactez votre conseiller.'],
              link: { label: 'Voir mes événements', url: absoluteUrl('/espace-jeune') },
              dedupeKey: `session:${current.id}:registered:${now}`,
            })
          }
        },
      }
    },
  })
}

export const UNREGISTRATION_REASONS = ['mistake', 'youth-refusal', 'third-party-refusal'] as const

/**
 * « Désinscription d'un bénéficiaire »: a mistake removes the line; a refusal (young person's,
 * with an optional comment of 250 characters, or a third party's) keeps it, to re-register later.
 */
export const unregisterAccount = async ({ req, id, account, reason, comment }: { req: PayloadRequest; id: string; account: unknown; reason: unknown; comment: unknown }) => {
  const session = await sessionForStaff(req, id)
  const [accountId] = accountIds(req, account)
  if (!UNREGISTRATION_REASONS.includes(reason as never)) {
    throw invalidField({ req, collection: SESSIONS, path: 'reason', message: `Précisez le motif de désinscription : ${UNREGISTRATION_REASONS.join(', ')}.` })
  }
  if (comment !== undefined && comment !== null && (typeof comment !== 'string' || comment.length > 250)) {
    throw invalidField({ req, collection: SESSIONS, path: 'comment', message: 'Le commentaire est un texte de 250 caractères maximum.' })
  }
  if (comment && reason !== 'youth-refusal') {
    throw invalidField({ req, collection: SESSIONS, path: 'comment', message: 'Un commentaire ne se donne qu’avec le motif « refus jeune ».' })
  }
  if (session.status === 'closed') throw conflict('La session est close : les inscriptions ne changent plus.')
  const person = await loadDoc({ req, collection: 'accounts', id: accountId })
  return changeRegistrations({
    req,
    id: session.id,
    change: (current, registrations) => {
      if (current.status === 'closed') throw conflict('La session est close : les inscriptions ne changent plus.')
      const line = registrations.find((r) => r.account === accountId && r.status === 'registered')
      if (!line) throw conflict("Ce bénéficiaire n'est pas inscrit à cette session.")
      const now = new Date().toISOString()
      const next =
        reason === 'mistake'
          ? registrations.filter((r) => r !== line)
          : registrations.map((r) => (r === line ? { ...r, status: reason as RegistrationStatus, comment: (comment as string) || null, changedAt: now } : r))
      return {
        registrations: next,
        notify: async () => {
          if (!person) return
          await notifyAccountLater({
            req,
            account: person,
            kind: 'session-registration',
            title: 'Vous êtes désinscrit(e) d’une session',
            lines: [`Vous n'êtes plus inscrit(e) à « ${sessionLabel(current)} » du ${frenchDateTime(current.startsAt)}.`, 'Pour toute question, contactez votre conseiller.'],
            link: { label: 'Voir mes événements', url: absoluteUrl('/espace-jeune') },
            dedupeKey: `session:${current.id}:unregistered:${now}`,
          })
        },
      }
    },
  })
}

/**
 * `CLOSE {attendance}`: « Seuls les bénéficiaires sélectionnés seront marqués comme présents. Les
 * autres seront considérés comme ayant refusé, avec le motif Absence. » A refused line that is
 * ticked becomes present; every ticked id must be on the list.
 */
export const applyAttendance = ({ req, session, attendance }: { req: PayloadRequest; session: AnyDoc; attendance: unknown }) => {
  const present = accountIdsForAttendance(req, attendance)
  const registrations = registrationsOf(session)
  const unknown = present.find((accountId) => !registrations.some((r) => r.account === accountId))
  if (unknown !== undefined) {
    throw invalidField({ req, collection: SESSIONS, path: 'attendance', message: `Le compte ${unknown} n'est pas dans la liste des inscrits de cette session.` })
  }
  const now = new Date().toISOString()
  return registrations.map((r) => {
    if (present.includes(r.account)) return { ...r, status: 'present' as const, changedAt: now }
    if (r.status === 'registered') return { ...r, status: 'absent' as const, changedAt: now }
    return r
  })
}

const accountIdsForAttendance = (req: PayloadRequest, value: unknown): number[] => {
  if (!Array.isArray(value) || value.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw invalidField({ req, collection: SESSIONS, path: 'attendance', message: 'La présence est la liste des identifiants des comptes présents, par exemple [12, 15] (vide si personne).' })
  }
  return [...new Set(value as number[])]
}
