import type { PayloadRequest } from 'payload'

import { asPrincipal, isStaffUser, userStructureIds } from '../../../src/kernel/access'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { adminDocumentLink } from '../../../src/kernel/email/links'
import { conflict, forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { displayName } from '../../../src/kernel/lib/displayName'
import { frenchDateTime } from '../../../src/kernel/lib/frenchDates'
import { notifyStaffLater } from '../../../src/kernel/notifications/notifyLater'
import { SLUGS } from '../../../collections/slugs'
import { SILENT_ALERT_SLUGS, SILENT_ALERT_SMS_TASK } from './slugs'

/**
 * Who is « present »: an active colleague attached to the structure itself who holds an open
 * session, i.e. logged in and not logged out since, within the session's lifetime (8 hours,
 * `tokenExpiration`). Payload keeps each login as a row of `sessions` with its expiry; logging
 * out removes it. A colleague who never logged in today, or logged out, is not there to help.
 */
export const presentColleagues = async ({ req, structure, except }: { req: PayloadRequest; structure: number; except: number }) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.users,
    where: {
      and: [
        { structures: { in: [structure] } },
        { status: { equals: 'active' } },
        { id: { not_equals: except } },
        { 'sessions.expiresAt': { greater_than: new Date().toISOString() } },
      ],
    },
    depth: 0,
    limit: 500,
    select: { email: true, phone: true, firstName: true, lastName: true },
    overrideAccess: true,
    req,
  })
  return docs
}

/** The structure the alert is for: the one named, or the caller's only one; never one they are not attached to. */
const alertStructure = (req: PayloadRequest, requested: unknown): number => {
  const own = userStructureIds(asPrincipal(req.user))
  if (requested === undefined || requested === null) {
    if (own.length === 1) return own[0]
    throw invalidField({ req, collection: SILENT_ALERT_SLUGS.alerts, path: 'structure', message: 'Précisez la structure où vous êtes (« structure »).' })
  }
  const id = Number(requested)
  if (!Number.isInteger(id) || id <= 0) throw invalidField({ req, collection: SILENT_ALERT_SLUGS.alerts, path: 'structure', message: 'Identifiant de structure attendu, par exemple 3.' })
  if (!own.includes(id)) throw forbidden("Vous ne pouvez déclencher l'alerte silencieuse que pour votre propre structure.")
  return id
}

/**
 * « Sifflet silencieux » (seed 003): one press notifies at once the colleagues present in the
 * caller's structure, naming who and where: an in-app pop-up and an e-mail each (always, whatever
 * their notification preferences: an emergency is not a kind one opts out of), and an SMS each
 * when the structure's provider is set. The alert, its recipients and the queued deliveries are
 * written in one transaction (nothing goes out if the record is not saved).
 */
export const triggerSilentAlert = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  const user = asPrincipal(req.user)
  if (!isStaffUser(user)) throw forbidden("L'alerte silencieuse est réservée au personnel.")
  const structureId = alertStructure(req, body.structure)
  const [setting] = (await req.payload.find({ collection: SILENT_ALERT_SLUGS.settings, where: { structure: { equals: structureId } }, limit: 1, depth: 0, overrideAccess: true, req })).docs
  const structure = await req.payload.findByID({ collection: SLUGS.structures, id: structureId, depth: 0, overrideAccess: true, req })
  if (!setting?.enabled) throw conflict(`L'alerte silencieuse n'est pas activée pour ${structure.name}. Activez-la d'abord dans « Sifflet silencieux : réglages ».`)
  const sender = await req.payload.findByID({ collection: SLUGS.users, id: user.id, depth: 0, overrideAccess: true, req })
  const who = displayName(sender)
  const where = [structure.name, structure.street, [structure.postalCode, structure.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const when = frenchDateTime(new Date())
  const colleagues = await presentColleagues({ req, structure: structureId, except: user.id as number })
  const summary = `${who} a déclenché l'alerte silencieuse à ${where} le ${when}.`
  return withTransaction(req, async () => {
    const alert = await req.payload.create({
      collection: SILENT_ALERT_SLUGS.alerts,
      data: { structure: structureId, sentBy: user.id as number, summary, recipients: colleagues.map((c) => c.id), recipientCount: colleagues.length, smsSent: 0 },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (colleagues.length) {
      await notifyStaffLater({
        req,
        recipients: colleagues.map(({ id, email }) => ({ id, email })),
        kind: 'silent-alert',
        title: `Alerte silencieuse : ${who} a besoin d'aide à ${structure.name}`,
        lines: [summary, `Rendez-vous auprès de ${who} (${where}) et prévenez les secours si nécessaire.`],
        link: { label: "Voir l'alerte", url: adminDocumentLink(SILENT_ALERT_SLUGS.alerts, alert.id) },
        dedupeKey: `silent-alert:${alert.id}`,
      })
      if (setting.smsProviderUrl && colleagues.some((c) => c.phone)) {
        await req.payload.jobs.queue({ task: SILENT_ALERT_SMS_TASK, queue: 'effects', input: { alert: alert.id }, req })
      }
    }
    const message = colleagues.length ? `Alerte envoyée à ${colleagues.length} collègue(s) présent(s).` : "Alerte enregistrée, mais aucun collègue n'est connecté en ce moment."
    return { doc: alert, recipients: colleagues.length, message }
  })
}
