import type { PayloadRequest } from 'payload'

import { TRANSITIONS_SLUG, type BoundLifecycle, type LifecycleDocument } from '../types'

/** The effects a transition has run (a JSON field holding their names). */
const completedEffectsOf = (completed: unknown): string[] => (Array.isArray(completed) ? completed.map(String) : [])

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
    ? await req.payload.findByID({ collection: TRANSITIONS_SLUG, id: transition, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (record && completedEffectsOf(record.completedEffects).includes(effect)) return
  const doc = (await req.payload.findByID({ collection, id: document, depth: 0, overrideAccess: true, disableErrors: true, req })) as LifecycleDocument | null
  if (!doc) return
  await handler({ req, collection, doc, transition: record })
  if (record) {
    await req.payload.update({
      collection: TRANSITIONS_SLUG,
      id: record.id,
      data: { completedEffects: [...completedEffectsOf(record.completedEffects), effect] },
      overrideAccess: true,
      req,
    })
  }
}
