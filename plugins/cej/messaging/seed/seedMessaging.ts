import type { SeedStep } from '../../../../src/kernel/seed/steps'
import { SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'

const MINUTE = 60_000

/**
 * Conversations of the Mission Locale de Rouen's CEJ counsellor with the young people they follow
 * (the first Rouen user with the `counsellor` role, else the Rouen « Référent complet »; their
 * followed young people, else Sarah Michel): a few messages each way, one unread on each side,
 * one pinned conversation and a diffusion list. Runs twice safely (skipped when they exist).
 */
export const seedMessaging: SeedStep = async ({ payload, req, ids }) => {
  const structure = ids.get('ml-rouen')
  if (!structure) return
  const staff = await payload.find({ collection: SLUGS.users, where: { and: [{ structures: { in: [structure] } }, { roles: { in: ['counsellor'] } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  const counsellor = staff.docs[0] ?? (await payload.find({ collection: SLUGS.users, where: { email: { equals: 'referent-full@tremplin.test' } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  if (!counsellor) return
  const existing = await payload.count({ collection: MESSAGING_SLUGS.conversations, where: { counsellor: { equals: counsellor.id } }, overrideAccess: true, req })
  if (existing.totalDocs > 0) return
  const followed = await payload.find({ collection: SLUGS.accounts, where: { and: [{ referents: { in: [counsellor.id] } }, { status: { equals: 'enabled' } }] }, limit: 5, depth: 0, overrideAccess: true, req })
  const young = followed.docs.length
    ? followed.docs
    : (await payload.find({ collection: SLUGS.accounts, where: { email: { equals: 'sarah.michel@exemple.fr' } }, limit: 1, depth: 0, overrideAccess: true, req })).docs
  const start = Date.now() - 3 * 24 * 60 * MINUTE
  for (const [index, account] of young.entries()) {
    const script = [
      { direction: 'to-account', text: 'Bonjour, je vous partage une offre d’emploi qui pourrait vous intéresser.', links: [{ url: 'https://www.francetravail.fr/' }] },
      { direction: 'to-counsellor', text: 'Merci ! Je regarde et je vous dis.' },
      { direction: 'to-account', text: 'N’oubliez pas notre rendez-vous de jeudi à 10h.' },
      ...(index === 0 ? [{ direction: 'to-counsellor', text: 'Bonjour, pouvez-vous m’aider pour mon CV ?' }] : []),
    ]
    const conversation = await payload.create({ collection: MESSAGING_SLUGS.conversations, data: { counsellor: counsellor.id, account: account.id, pinnedByCounsellor: index === 0 }, overrideAccess: true, req })
    let lastAt = start
    for (const [position, line] of script.entries()) {
      const isLast = position === script.length - 1
      lastAt = start + (index * 60 + position * 15) * MINUTE
      await payload.create({
        collection: MESSAGING_SLUGS.messages,
        data: {
          conversation: conversation.id,
          text: line.text,
          links: line.links ?? [],
          direction: line.direction as 'to-account',
          authorUser: line.direction === 'to-account' ? counsellor.id : null,
          authorAccount: line.direction === 'to-counsellor' ? account.id : null,
          counsellor: counsellor.id,
          account: account.id,
          readAt: isLast ? null : new Date(lastAt + 5 * MINUTE).toISOString(),
          notifiedAt: new Date(lastAt).toISOString(),
        },
        overrideAccess: true,
        req,
      })
    }
    const lastDirection = script[script.length - 1].direction
    await payload.update({
      collection: MESSAGING_SLUGS.conversations,
      id: conversation.id,
      data: { lastMessageAt: new Date(lastAt).toISOString(), unreadByCounsellor: lastDirection === 'to-counsellor' ? 1 : 0, unreadByAccount: lastDirection === 'to-account' ? 1 : 0 },
      overrideAccess: true,
      req,
    })
  }
  await payload.create({ collection: MESSAGING_SLUGS.diffusionLists, data: { name: 'Atelier CV de novembre', owner: counsellor.id, members: young.map((a) => a.id) }, overrideAccess: true, context: { seed: true }, req })
}
