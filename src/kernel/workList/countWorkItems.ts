import { Forbidden, type PayloadRequest } from 'payload'

import { asPrincipal } from '../access/user'
import { listHref } from './listHref'
import { isWorkFor, type WorkCount, whereFor, workItemsOf } from './types'

/**
 * What waits for the caller: each of their work items counted with their own read access, the
 * very rule their lists apply, so a count never reveals another structure's documents. A
 * collection the caller may not read at all is not their work.
 */
export const countWorkItems = async ({ req }: { req: PayloadRequest }): Promise<WorkCount[]> => {
  const user = asPrincipal(req.user)
  const items = workItemsOf(req.payload).filter((item) => item.collection in req.payload.collections && isWorkFor({ item, user }))
  const counts = await Promise.all(
    items.map(async (item) => {
      try {
        const where = whereFor({ item, user: user! })
        const { totalDocs } = await req.payload.count({ collection: item.collection, where, overrideAccess: false, req })
        return { key: item.key, label: item.label, count: totalDocs, href: listHref({ collection: item.collection, where }) }
      } catch (error) {
        if (error instanceof Forbidden) return null
        throw error
      }
    }),
  )
  return counts.filter((count): count is WorkCount => count !== null)
}
