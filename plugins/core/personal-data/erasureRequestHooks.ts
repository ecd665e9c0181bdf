import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isAccountUser, SECTION_ROLES } from '../../../src/kernel/access'
import { adminDocumentLink } from '../../../src/kernel/email/links'
import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'
import { conflict, forbidden } from '../../../src/kernel/lib/errors'
import { relationId, relationIds } from '../../../src/kernel/lib/relationId'
import { findAccountReferents } from '../../../src/kernel/notifications/notify'
import { notifyStaffLater } from '../../../src/kernel/notifications/notifyLater'
import { SLUGS } from '../../../collections/slugs'

/**
 * A request belongs to the young person who sends it and goes to whoever follows them now: their
 * structure and referents are copied at creation. One open request at a time.
 */
export const stampErasureRequest: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const user = asPrincipal(req.user)
  if (!isAccountUser(user)) throw forbidden('Seul le jeune concerné peut demander l’effacement de ses données.')
  const account = await req.payload.findByID({ collection: SLUGS.accounts, id: user.id, depth: 0, overrideAccess: true, req })
  const open = await req.payload.count({ collection: collection.slug as never, where: { and: [{ account: { equals: user.id } }, { handledAt: { exists: false } }] }, overrideAccess: true, req })
  if (open.totalDocs > 0) throw conflict('Vous avez déjà une demande d’effacement en cours : votre conseiller vous répondra.')
  return { ...data, account: user.id, structure: relationId(account.structure), referents: relationIds(account.referents), handledAt: null, answer: null }
}

/** The counsellor hears of the request (e-mail and/or in the app, as they chose), queued in the request's transaction. */
export const notifyReferentsOfErasureRequest: CollectionAfterChangeHook = async ({ doc, req, operation, collection }) => {
  if (operation !== 'create') return doc
  const account = await req.payload.findByID({ collection: SLUGS.accounts, id: relationId(doc.account)!, depth: 0, overrideAccess: true, req })
  const structure = relationId(doc.structure)
  const recipients = await findAccountReferents({ req, account, structures: structure ? [structure] : [], fallbackRoles: SECTION_ROLES.accounts })
  const name = displayName(account as NamedPerson, { useEmail: false, fallback: 'Un jeune' })
  await notifyStaffLater({
    req,
    recipients,
    kind: 'erasure-request',
    title: 'Demande d’effacement des données',
    lines: [`${name} demande l’effacement de ses données.`, ...(doc.message ? [`Son message : « ${doc.message} »`] : [])],
    link: { label: 'Ouvrir la demande', url: adminDocumentLink(collection.slug, String(doc.id)) },
    dedupeKey: `erasure-request:${doc.id}`,
  })
  return doc
}
