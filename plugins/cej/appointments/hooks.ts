import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isStaffUser, isSuperAdminUser } from '../../../src/kernel/access'
import { accountsFollowedByCaller } from '../../../src/kernel/programmes/accountsFollowedByCaller'
import { conflict, invalidField } from '../../../src/kernel/lib/errors'
import { findDocs, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { transitionInContext } from '../../lifecycle'
import { CEJ_SLUGS } from '../slugs'
import { invitedIds, notifyAppointmentLater, notifyCreatorLater } from './notifications'
import { NOTIFIED_CHANGES } from './options'

const SLUG = CEJ_SLUGS.appointments

const sameValue = (a: unknown, b: unknown) => {
  if (a instanceof Date || b instanceof Date || (typeof a === 'string' && typeof b === 'string' && !Number.isNaN(Date.parse(a)) && /T/.test(a))) {
    return new Date(String(a instanceof Date ? a.toISOString() : a)).getTime() === new Date(String(b instanceof Date ? b.toISOString() : b)).getTime()
  }
  return (a ?? null) === (b ?? null)
}

/**
 * « Un ou plusieurs bénéficiaires »: young people the creator follows, or of the Mission Locale
 * (and below) the creator works in. The appointment takes the first one's structure unless one is given.
 */
const checkYoungPeople = async ({ data, req, creator }: { data: Record<string, unknown>; req: Parameters<CollectionBeforeChangeHook>[0]['req']; creator: number | null }) => {
  const ids = [...new Set(invitedIds(data))]
  if (ids.length === 0) throw invalidField({ req, collection: SLUG, path: 'youngPeople', message: 'Choisissez au moins un bénéficiaire.' })
  const accounts = await findDocs({ req, collection: 'accounts', where: { id: { in: ids } }, limit: ids.length })
  if (accounts.length !== ids.length) throw invalidField({ req, collection: SLUG, path: 'youngPeople', message: 'Un des bénéficiaires choisis est introuvable.' })
  const user = asPrincipal(req.user)
  if (isStaffUser(user) && !isSuperAdminUser(user)) {
    // Followed by the creator's structures through an open programme (issue 18), or referred by the creator.
    const followed = await accountsFollowedByCaller({ req, ids })
    const outside = accounts.filter((account) => !followed.has(Number(account.id)) && !((account.referents ?? []) as unknown[]).map(relationId).includes(creator))
    if (outside.length) {
      throw invalidField({ req, collection: SLUG, path: 'youngPeople', message: 'Vous ne pouvez inviter que des bénéficiaires que vous suivez ou de votre Mission Locale.' })
    }
  }
  data.youngPeople = ids
  return accounts
}

/**
 * Before a write: the creator and the structure on creation, the young people checked, and a
 * change of date, time or place on a planned appointment counted (`sequence`: the `.ics`
 * SEQUENCE and the key of the « changed » notice). A held, missed or cancelled one no longer moves.
 */
export const prepareAppointment: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (transitionInContext(context)) return data
  const user = asPrincipal(req.user)
  if (operation === 'create') {
    // The caller, or the creator the system names (the seed); never one a caller chooses.
    data.createdBy = isStaffUser(user) ? Number(user!.id) : user ? null : relationId(data.createdBy)
    data.sequence = 0
    const accounts = await checkYoungPeople({ data, req, creator: data.createdBy as number | null })
    data.structure = relationId(data.structure) ?? relationId(accounts[0]?.structure)
    if (!data.structure) throw invalidField({ req, collection: SLUG, path: 'structure', message: 'Choisissez la Mission Locale du rendez-vous.' })
    return data
  }
  const previous = originalDoc as AnyDoc
  if ('youngPeople' in data) await checkYoungPeople({ data, req, creator: relationId(previous.createdBy) ?? (isStaffUser(user) ? Number(user!.id) : null) })
  const changed = NOTIFIED_CHANGES.some((field) => field in data && !sameValue(data[field], previous[field]))
  if (changed) {
    if (previous.status && previous.status !== 'planned') throw conflict('Seul un rendez-vous « Planifié » peut changer de date, d’heure ou de lieu.')
    data.sequence = Number(previous.sequence ?? 0) + 1
  }
  return data
}

/**
 * After a write (queued in its transaction): the young people invited are told at creation, the
 * ones added later too, the ones removed (« désinscription »), and everyone still invited when the
 * date, time or place changed; the counsellor gets the `.ics` too when they asked for it.
 * The cancellation is the lifecycle's effect (`notifyCancelled`).
 */
export const notifyAppointmentChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (transitionInContext(context)) return doc
  const appointment = doc as AnyDoc
  const invited = invitedIds(appointment)
  if (operation === 'create') {
    await notifyAppointmentLater({ req, appointment, notice: 'invited', accounts: invited })
    await notifyCreatorLater({ req, appointment, notice: 'invited' })
    return doc
  }
  const before = new Set(invitedIds(previousDoc ?? {}))
  const added = invited.filter((id) => !before.has(id))
  const removed = [...before].filter((id) => !invited.includes(id))
  if (added.length) await notifyAppointmentLater({ req, appointment, notice: 'invited', accounts: added })
  if (removed.length) await notifyAppointmentLater({ req, appointment, notice: 'removed', accounts: removed })
  if (Number(appointment.sequence ?? 0) > Number(previousDoc?.sequence ?? 0)) {
    await notifyAppointmentLater({ req, appointment, notice: 'changed', accounts: invited.filter((id) => before.has(id)) })
    await notifyCreatorLater({ req, appointment, notice: 'changed' })
  }
  return doc
}
