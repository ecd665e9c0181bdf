import type { PayloadRequest, Where } from 'payload'

import type { LifecycleBinding, LifecycleDocument } from '../types'

/**
 * May this caller send `eventType` on `doc`? The binding's access function answers with a
 * boolean, or a `Where` that the document must match (checked in the database).
 */
export const mayCallerSend = async ({
  binding,
  collection,
  doc,
  eventType,
  req,
}: {
  binding: LifecycleBinding
  collection: string
  doc: LifecycleDocument
  eventType: string
  req: PayloadRequest
}): Promise<boolean> => {
  const access = binding.permissions[eventType]
  if (!access || !req.user) return false
  const result = await access({ req, id: doc.id as number, data: doc })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection: collection as 'users',
    where: { and: [{ id: { equals: doc.id } }, result as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
