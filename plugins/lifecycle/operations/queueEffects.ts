import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { EFFECT_TASK, EFFECTS_QUEUE } from '../types'

/**
 * Records the effects to run in the same transaction as the change (an outbox): they exist
 * if and only if the change committed. They run from the jobs queue, with retries.
 */
export const queueEffects = async ({
  req,
  collection,
  document,
  effects,
  transition,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  document: string | number
  effects: string[]
  transition?: string | number
}): Promise<(string | number)[]> => {
  const ids: (string | number)[] = []
  for (const effect of effects) {
    const job: { id: string | number } = await req.payload.jobs.queue({
      task: EFFECT_TASK,
      queue: EFFECTS_QUEUE,
      input: { collection, document: String(document), effect, transition: transition ? String(transition) : undefined },
      req,
    })
    ids.push(job.id)
  }
  return ids
}

