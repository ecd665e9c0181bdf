import type { AccessResult, CollectionSlug, PayloadRequest, Where } from 'payload'

import { forbidden } from '../lib/errors'
import { allowsOn } from './allowsOn'
import type { AccessFn } from './compose'

/**
 * For operations (endpoints, jobs) that check a rule themselves: what `access` grants this
 * request, `true` or a `Where` to query with, or a 403 (`message`, in French) when it grants
 * nothing. With `on`, the grant must cover that one document (a `Where` is matched against it).
 */
export const requireAccess = async ({
  access,
  req,
  on,
  message,
}: {
  access: AccessFn
  req: PayloadRequest
  on?: { collection: CollectionSlug; doc: { id: number | string } }
  message?: string
}): Promise<true | Where> => {
  const granted: AccessResult = on ? await allowsOn({ access, req, ...on }) : await access({ req })
  if (!granted) throw forbidden(message)
  return granted
}
