import type { TaskConfig } from 'payload'

import { bindingFor } from '../registry'
import { EFFECT_TASK, TRANSITIONS_SLUG, type LifecycleDocument, type TransitionRecord } from '../types'

type EffectInput = { collection: string; document: string; effect: string; transition?: string }

/**
 * Runs one named effect of a committed change. Retried with back-off when it fails (SMTP down);
 * a transition remembers its completed effects so a second run does nothing.
 */
export const effectTask: TaskConfig = {
  slug: EFFECT_TASK,
  label: 'Effet de cycle de vie',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 500 } },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'document', type: 'text', required: true },
    { name: 'effect', type: 'text', required: true },
    { name: 'transition', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const { collection, document, effect, transition } = input as EffectInput
    const handler = bindingFor(req.payload, collection)?.effects?.[effect]
    if (!handler) return { output: {} }
    const record = transition
      ? ((await req.payload.findByID({ collection: TRANSITIONS_SLUG as 'users', id: transition, depth: 0, overrideAccess: true, disableErrors: true, req })) as unknown as
          | (TransitionRecord & { completedEffects?: string[] | null })
          | null)
      : null
    if (record?.completedEffects?.includes(effect)) return { output: {} }
    const doc = (await req.payload.findByID({ collection: collection as 'users', id: document, depth: 0, overrideAccess: true, disableErrors: true, req })) as LifecycleDocument | null
    if (!doc) return { output: {} }
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
    return { output: {} }
  },
}
