import type { CollectionAfterChangeHook } from 'payload'

import { queueEffects } from '../operations/queueEffects'
import { transitionDocument } from '../operations/transitionDocument'
import type { BoundLifecycle, LifecycleDocument } from '../types'

/**
 * After a creation, in the same transaction: the binding's creation event (recorded like any
 * transition) and its creation effects (queued, run by the queue once committed).
 */
export const onCreateHook =
  (lifecycle: BoundLifecycle): CollectionAfterChangeHook =>
  async ({ doc, req, operation }) => {
    if (operation !== 'create') return doc
    const { binding, collection } = lifecycle
    const effects = binding.createEffects?.({ doc: doc as LifecycleDocument, req }) ?? []
    if (effects.length) await queueEffects({ req, collection, document: doc.id, effects })
    const event = binding.onCreate?.({ doc: doc as LifecycleDocument, req })
    if (!event) return doc
    const { doc: updated } = await transitionDocument({ lifecycle, req, id: doc.id, event, skipPermission: true })
    return { ...doc, status: updated.status }
  }
