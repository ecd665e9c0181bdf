import type { Access, CollectionSlug, PayloadRequest } from 'payload'

import { allowsOn } from '../../../src/kernel/access/allowsOn'
import type { LifecycleBinding, LifecycleDocument } from '../types'

/** May this caller send `eventType` on `doc`? No access function for the event means no. */
export const mayCallerSend = async ({
  binding,
  collection,
  doc,
  eventType,
  req,
}: {
  binding: LifecycleBinding
  collection: CollectionSlug
  doc: LifecycleDocument
  eventType: string
  req: PayloadRequest
}): Promise<boolean> => {
  const access = binding.permissions[eventType] as Access | undefined
  return access ? allowsOn({ access, req, collection, doc }) : false
}
