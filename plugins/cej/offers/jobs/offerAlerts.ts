import type { CollectionAfterChangeHook, PayloadRequest, TaskConfig, Where } from 'payload'

import { structuresWithAncestors } from '../../../../src/kernel/access'
import { absoluteUrl } from '../../../../src/kernel/email/links'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { notifyAccount } from '../../../../src/kernel/notifications/notify'
import { findReadableOffer, matches } from '../catalogue'
import { OFFER_ALERTS_TASK, OFFER_SLUGS, PLACEMENT_OFFERS, type OfferKind, type OfferSource } from '../slugs'

/**
 * A new published offer (or one published again) queues one alert job in the writer's
 * transaction: it runs only if the offer is saved, after the commit.
 */
export const queueOfferAlerts =
  (source: OfferSource): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const isNewlyPublished = doc.publication === 'published' && (operation === 'create' || previousDoc?.publication !== 'published')
    if (isNewlyPublished) await req.payload.jobs.queue({ task: OFFER_ALERTS_TASK, queue: 'effects', input: { source, offer: doc.id }, req })
    return doc
  }

/** Whether a young person may read the offer: an employer's published offer, or one of the structures following them or above. */
const readableBy = async (req: PayloadRequest, offerStructure: number | null, source: OfferSource, accountStructure: number | null) => {
  if (source === PLACEMENT_OFFERS) return true
  if (!offerStructure || !accountStructure) return false
  return (await structuresWithAncestors({ req, ids: [accountStructure] })).includes(offerStructure)
}

/**
 * « Recevoir une alerte pour une nouvelle offre »: every saved search the offer answers (kind,
 * keywords, department) brings its young person one alert per offer, in-app and/or by e-mail
 * as they chose (kind `offer-alert`). Safe to run twice: one notification per offer and person.
 */
export const sendOfferAlerts = async ({ req, source, offerId }: { req: PayloadRequest; source: OfferSource; offerId: number }) => {
  const offer = await findReadableOffer({ req, source, id: offerId, asCaller: false }).catch(() => null)
  if (!offer) return { alerted: 0 }
  const where: Where = {
    and: [
      { or: [{ kind: { equals: offer.kind } }, { kind: { exists: false } }] },
      { or: [...(offer.department ? [{ department: { equals: offer.department } }] : []), { department: { exists: false } }, { department: { equals: '' } }] },
    ],
  }
  const { docs } = await req.payload.find({ collection: OFFER_SLUGS.savedSearches, where, limit: 5000, depth: 0, overrideAccess: true, req })
  const accounts = new Map<number, number | null>()
  for (const search of docs) {
    const account = relationId(search.account)
    if (account && matches(offer, { kind: search.kind as OfferKind | null, q: search.q, department: search.department })) accounts.set(account, relationId(search.structure))
  }
  let alerted = 0
  for (const [accountId, structure] of accounts) {
    const account = await req.payload.findByID({ collection: 'accounts', id: accountId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!account || account.status !== 'enabled') continue
    if (!(await readableBy(req, offer.structure, source, relationId(account.structure) ?? structure))) continue
    await notifyAccount({
      req,
      account,
      kind: 'offer-alert',
      title: `Nouvelle offre : ${offer.title}`,
      lines: [`Une nouvelle offre correspond à l'une de vos recherches sauvegardées : ${offer.kindLabel} « ${offer.title} »${offer.organisation ? ` chez ${offer.organisation}` : ''}${offer.city ? ` (${offer.city})` : ''}.`],
      link: { label: "Voir l'offre", url: offer.url ?? absoluteUrl('/espace-jeune') },
      dedupeKey: `offer-alert:${source}:${offer.id}`,
    })
    alerted += 1
  }
  return { alerted }
}

export const offerAlertsTask: TaskConfig = {
  slug: OFFER_ALERTS_TASK,
  label: 'Offres : alertes des recherches sauvegardées',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'source', type: 'text', required: true },
    { name: 'offer', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => {
    const { source, offer } = input as { source: OfferSource; offer: number }
    return { output: await sendOfferAlerts({ req, source, offerId: offer }) }
  },
}
