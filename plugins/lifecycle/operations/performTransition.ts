import type { PayloadRequest } from 'payload'

import { notFound } from '../../../src/kernel/lib/errors'
import { lifecycleOf } from '../lookup'
import type { LifecycleEvent } from '../types'
import { transitionDocument } from './transitionDocument'

/**
 * A transition by collection name, for code that holds no binding (seeds, jobs, GraphQL, tests):
 * the collection's bound lifecycle does the rest (`transitionDocument`).
 */
export const performTransition = async ({
  req,
  collection,
  ...args
}: {
  req: PayloadRequest
  collection: string
  id: number | string
  event: LifecycleEvent
  skipPermission?: boolean
}) => {
  const lifecycle = lifecycleOf(req.payload, collection)
  if (!lifecycle) throw notFound(`La collection « ${collection} » n'a pas de cycle de vie.`)
  return transitionDocument({ lifecycle, req, ...args })
}
