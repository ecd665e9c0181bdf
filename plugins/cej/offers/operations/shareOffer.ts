import type { PayloadRequest } from 'payload'

import { asPrincipal } from '../../../../src/kernel/access'
import { withTransaction } from '../../../../src/kernel/db/withTransaction'
import { forbidden, invalidField } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { SLUGS } from '../../../../collections/slugs'
import { sendMessage } from '../../messaging/operations/sendMessage'
import { findReadableOffer, readSource, type OfferCard } from '../catalogue'
import { OFFER_SLUGS } from '../slugs'

/** The manual's own wording (« Vous : Bonjour, je vous partage une offre d'emploi qui pourrait vous intéresser. »). */
const shareText = (offer: OfferCard, note: string) =>
  [
    note || `Bonjour, je vous partage ${offer.kind === 'employment' ? "une offre d'emploi" : `une offre (${offer.kindLabel.toLowerCase()})`} qui pourrait vous intéresser.`,
    `« ${offer.title} »${offer.organisation ? ` — ${offer.organisation}` : ''}${offer.city ? `, ${offer.city}` : ''}.`,
  ].join('\n')

/**
 * « Partager une offre »: the counsellor sends one offer to one or several young people of their
 * portfolio. It arrives in each one's conversation as a message (the messaging module writes it,
 * with its unread count and batched e-mail), and an `offer-shares` row per young person lets the
 * counsellor see who saved it or applied. One transaction: all shared, or nothing.
 */
export const shareOffer = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  const user = asPrincipal(req.user)
  if (!user || user.collection !== 'users') throw forbidden('Le partage d’offres est réservé aux conseillers.')
  const source = readSource(req, 'source', body.source)
  const offer = await findReadableOffer({ req, source, id: body.offer })
  if (!Array.isArray(body.accounts) || body.accounts.length === 0 || body.accounts.some((id) => !Number.isInteger(id) || (id as number) <= 0)) {
    throw invalidField({ req, collection: OFFER_SLUGS.shares, path: 'accounts', message: 'Choisissez au moins un jeune : liste d’identifiants attendue, par exemple [3, 4].' })
  }
  if (body.text !== undefined && typeof body.text !== 'string') throw invalidField({ req, collection: OFFER_SLUGS.shares, path: 'text', message: 'Texte attendu.' })
  const accounts = [...new Set(body.accounts as number[])]
  const note = typeof body.text === 'string' ? body.text.trim() : ''
  return withTransaction(req, async () => {
    // Refuses (403) any young person outside the counsellor's portfolio, before anything is written.
    const sent = await sendMessage({ req, body: { accounts, text: shareText(offer, note), ...(offer.url ? { links: [offer.url] } : {}) } })
    const { docs: followed } = await req.payload.find({ collection: SLUGS.accounts, where: { id: { in: accounts } }, limit: accounts.length, depth: 0, select: { structure: true }, overrideAccess: true, req })
    const shares = []
    for (const message of sent.docs) {
      const account = relationId(message.account) as number
      shares.push(
        await req.payload.create({
          collection: OFFER_SLUGS.shares,
          data: {
            offerSource: source,
            offerId: offer.id,
            offerTitle: offer.title,
            offerKind: offer.kind,
            account,
            sharedBy: user.id as number,
            structure: relationId(followed.find((a) => a.id === account)?.structure) as number,
            message: message.id,
            batch: sent.batch,
          },
          depth: 0,
          overrideAccess: true,
          req,
        }),
      )
    }
    return { docs: shares, offer, message: shares.length > 1 ? `Offre partagée avec ${shares.length} jeunes.` : 'Offre partagée.' }
  })
}
