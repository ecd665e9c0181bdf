import type { CollectionAfterChangeHook } from 'payload'

import { performTransition } from '../operations/performTransition'
import { queueEffects } from '../operations/queueEffects'
import { bindingOf } from '../registry'
import type { LifecycleDocument } from '../types'

/**
 * After a creation, in the same transaction: the binding's creation event (recorded like any
 * transition) and its creation effects (queued, run by the queue once committed).
 */
export const onCreateHook: CollectionAfterChangeHook = async ({ doc, req, operation, collection }) => {
  if (operation !== 'create') return doc
  const binding = bindingOf(collection)
  if (!binding) return doc
  const effects = binding.createEffects?.({ doc: doc as LifecycleDocument, req }) ?? []
  if (effects.length) await queueEffects({ req, collection: collection.slug, document: doc.id, effects })
  const event = binding.onCreate?.({ doc: doc as LifecycleDocument, req })
  if (!event) return doc
  const { doc: updated } = await performTransition({ req, collection: collection.slug, id: doc.id, event, skipPermission: true })
  return { ...doc, status: updated.status }
}
