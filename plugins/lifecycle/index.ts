import type { Config, Plugin } from 'payload'

import { Transitions } from './collections/Transitions'
import { lifecycleMutations, lifecycleQueries } from './graphql'
import { effectTask } from './jobs/effectTask'
import { EFFECTS_QUEUE } from './types'

export { bindLifecycle } from './bindLifecycle'
export { performTransition } from './operations/performTransition'
export { lifecycleCreateData, type LifecycleCreateData } from './createData'
export { transitionInContext } from './types'
export type { BoundLifecycle, EffectHandler, LifecycleBinding, TransitionContext } from './types'

export type LifecyclePluginOptions = {
  /** Poll the effects queue on this cron (seconds field included); `false` leaves it to a worker. */
  autoRunCron?: string | false
}

/**
 * The lifecycle engine: the history collection, the effects task and queue, and the GraphQL
 * transition API. Collections opt in with `bindLifecycle(collection, binding)`.
 */
export const lifecyclePlugin =
  ({ autoRunCron = '*/5 * * * * *' }: LifecyclePluginOptions = {}): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Transitions],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), effectTask],
      autoRun: [
        ...(Array.isArray(config.jobs?.autoRun) ? config.jobs.autoRun : []),
        ...(autoRunCron ? [{ cron: autoRunCron, queue: EFFECTS_QUEUE, limit: 50 }] : []),
      ],
    },
    graphQL: {
      ...config.graphQL,
      queries: (GraphQL, context) => ({ ...config.graphQL?.queries?.(GraphQL, context), ...lifecycleQueries(GraphQL, context) }),
      mutations: (GraphQL, context) => ({ ...config.graphQL?.mutations?.(GraphQL, context), ...lifecycleMutations(GraphQL, context) }),
    },
  })
