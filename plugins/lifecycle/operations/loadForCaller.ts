import type { PayloadRequest } from 'payload'

import { forbidden, notFound } from '../../../src/lib/errors'
import type { LifecycleDocument } from '../types'

/** The document, if it exists (404 otherwise) and the caller may read it (403 otherwise). */
export const loadForCaller = async ({
  req,
  collection,
  id,
  skipAccess = false,
}: {
  req: PayloadRequest
  collection: string
  id: number | string
  skipAccess?: boolean
}): Promise<LifecycleDocument> => {
  const find = (overrideAccess: boolean) =>
    req.payload.findByID({ collection: collection as 'users', id, depth: 0, req, overrideAccess, user: req.user, disableErrors: true }) as Promise<LifecycleDocument | null>
  const doc = await find(true).catch(() => null)
  if (!doc) throw notFound()
  if (skipAccess) return doc
  const readable = await find(false).catch(() => null)
  if (!readable) throw forbidden("Vous n'avez pas accès à ce document.")
  return readable
}
