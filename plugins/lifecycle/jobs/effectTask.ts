import type { TaskConfig } from 'payload'

import { lifecycleOf } from '../lookup'
import { runEffect } from '../operations/runEffect'
import { EFFECT_TASK } from '../types'

type EffectInput = { collection: string; document: string; effect: string; transition?: string }

/**
 * The jobs queue's side of the outbox: one job per effect of a committed change, run by the
 * collection's lifecycle. Retried with back-off when it fails (SMTP down).
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
    const { collection, ...effect } = input as EffectInput
    const lifecycle = lifecycleOf(req.payload, collection)
    if (lifecycle) await runEffect({ lifecycle, req, ...effect })
    return { output: {} }
  },
}
