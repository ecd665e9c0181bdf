import type { Payload } from 'payload'

import type { LeaderLock } from './leaderLock'

export type QueueRunner = {
  /** Stops polling and resolves when the batch under way has finished (or `graceMs` passed). */
  stop: (graceMs?: number) => Promise<void>
}

/**
 * The worker's loop: while this process holds the queue's lock, queue the scheduled tasks that
 * are due (the CEJ clock) and run a batch of jobs, then wait `pollMs`. One batch at a time, and
 * nothing else in the process runs jobs, so a job is never run twice at once.
 */
export const runQueue = ({
  payload,
  queue,
  lock,
  pollMs,
  limit = 50,
}: {
  payload: Payload
  queue: string
  lock: LeaderLock
  pollMs: number
  limit?: number
}): QueueRunner => {
  let isStopping = false
  let wake: (() => void) | null = null

  const tick = async () => {
    if (!(await lock.holds())) return
    await payload.jobs.handleSchedules({ queue })
    await payload.jobs.run({ queue, limit, overrideAccess: true })
  }

  const loop = (async () => {
    while (!isStopping) {
      await tick().catch((err: unknown) => payload.logger.error({ msg: `File « ${queue} » : tour en échec, nouvel essai au suivant`, err }))
      if (isStopping) break
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, pollMs)
      })
      wake = null
    }
  })()

  const stop = async (graceMs = 30_000) => {
    isStopping = true
    wake?.()
    await Promise.race([loop, new Promise((resolve) => setTimeout(resolve, graceMs).unref())])
  }
  return { stop }
}
