import type { PayloadRequest, Where } from 'payload'

import { MESSAGING_SLUGS } from '../slugs'

/** The news of the user's audience, published, that they have not opened yet (`news-reads`). */
export const unreadNewsCount = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({ collection: MESSAGING_SLUGS.newsReads, where: { user: { equals: req.user?.id } }, limit: 0, pagination: false, depth: 0, select: { news: true }, overrideAccess: true, req })
  const read = docs.map((d) => Number(typeof d.news === 'object' ? (d.news as { id: number }).id : d.news))
  // Published only: writers also read their news planned for later, which is not news yet; and
  // what they wrote for their young people is not news for staff.
  const published: Where = { and: [{ publishedAt: { less_than_equal: new Date().toISOString() } }, { audience: { not_equals: 'young-people' } }] }
  const where = read.length ? { and: [published, { id: { not_in: read } }] } : published
  const { totalDocs } = await req.payload.count({ collection: MESSAGING_SLUGS.news, where, overrideAccess: false, user: req.user, req })
  return totalDocs
}
