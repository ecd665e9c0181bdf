import type { PayloadRequest } from 'payload'

import { TRANSITIONS_SLUG, type BoundLifecycle, type LifecycleDocument, type TransitionRecord } from '../types'

type RecordWithEffects = TransitionRecord & { completedEffects?: string[] | null }

/**
 * Runs one named effect of a committed change. A transition remembers its completed effects,
 * so a second run (a retry after a later effect failed, two workers) does nothing.
 */
export const runEffect = async ({
  lifecycle: { collection, binding },
  req,
  document,
  effect,
  transition,
}: {
  lifecycle: BoundLifecycle
  req: PayloadRequest
  document: string
  effect: string
  transition?: string
}) => {
  const handler = binding.effects?.[effect]
  if (!handler) return
  const record = transition
    ? ((await req.payload.findByID({ collection: TRANSITIONS_SLUG as 'users', id: transition, depth: 0, overrideAccess: true, disableErrors: true, req })) as unknown as RecordWithEffects | null)
    : null
  if (record?.completedEffects?.includes(effect)) return
  const doc = (await req.payload.findByID({ collection: collection as 'users', id: document, depth: 0, overrideAccess: true, disableErrors: true, req })) as LifecycleDocument | null
  if (!doc) return
  await handler({ req, collection, doc, transition: record })
  if (record) {
    await req.payload.update({
      collection: TRANSITIONS_SLUG as 'users',
      id: record.id,
      data: { completedEffects: [...(record.completedEffects ?? []), effect] } as never,
      overrideAccess: true,
      req,
    })
  }
}
