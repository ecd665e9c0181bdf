import type { CollectionSlug, PayloadRequest } from 'payload'

import { forbidden, notFound } from '../../../src/kernel/lib/errors'
import type { LifecycleDocument } from '../types'

/**
 * The document as the caller may read it, in one read. Only when that read finds nothing does a
 * second one (without access) tell 404, no such document, from 403, not readable by this caller.
 */
export const loadForCaller = async ({
  req,
  collection,
  id,
  skipAccess = false,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
  skipAccess?: boolean
}): Promise<LifecycleDocument> => {
  const find = (overrideAccess: boolean) =>
    (
      req.payload.findByID({ collection, id, depth: 0, req, overrideAccess, user: req.user, disableErrors: true }) as Promise<LifecycleDocument | null>
    ).catch(() => null)
  const doc = await find(skipAccess)
  if (doc) return doc
  if (skipAccess || !(await find(true))) throw notFound()
  throw forbidden("Vous n'avez pas accès à ce document.")
}
