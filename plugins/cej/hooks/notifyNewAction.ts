import type { CollectionAfterChangeHook } from 'payload'

import { asPrincipal, isStaffUser } from '../../../src/kernel/access'
import { absoluteUrl } from '../../../src/kernel/email/links'
import { frenchDate } from '../../../src/kernel/lib/frenchDates'
import { relationId } from '../../../src/kernel/lib/relationId'
import { notifyAccountLater } from '../../../src/kernel/notifications/notifyLater'

/** « La création d'une action permet au jeune de recevoir une notification »: when their counsellor creates it. */
export const notifyNewAction: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (operation !== 'create' || !isStaffUser(asPrincipal(req.user))) return doc
  const account = await req.payload.findByID({ collection: 'accounts', id: relationId(doc.account) as number, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!account) return doc
  await notifyAccountLater({
    req,
    account,
    kind: 'cej-action',
    title: 'Une nouvelle action vous attend',
    lines: [`Votre conseiller a ajouté l'action « ${doc.title} », à faire pour le ${frenchDate(doc.dueDate)}.`],
    link: { label: 'Voir mes actions', url: absoluteUrl('/espace-jeune') },
    dedupeKey: `action:${doc.id}:created`,
  })
  return doc
}
