import type { CollectionAfterChangeHook, CollectionConfig, Config } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { addAdminComponents } from '../../../src/kernel/admin/addAdminComponents'
import { withSeedStep } from '../../../src/kernel/seed/steps'
import { Conversations } from './collections/conversations'
import { DiffusionLists } from './collections/diffusionLists'
import { MessageAttachments } from './collections/messageAttachments'
import { Messages } from './collections/messages'
import { eraseAccountConversations, eraseUserConversations } from './hooks/eraseOnDeparture'
import { messageDigestTask } from './operations/digest'
import { seedMessaging } from './seed/seedMessaging'

const withAfterChange = (collection: CollectionConfig, hook: CollectionAfterChangeHook): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), hook] },
})

/**
 * CEJ messaging (seed 001, « Le module de messagerie »): conversations, messages, diffusion
 * lists and staff attachments; the batched new-message alerts; the erasure of a departed
 * participant's conversations (hooked on `accounts` and `users`, which the core defines).
 */
export const withMessaging = (config: Config, { seed = true }: { seed?: boolean } = {}): Config => {
  const next: Config = {
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === SLUGS.accounts ? withAfterChange(collection, eraseAccountConversations) : collection.slug === SLUGS.users ? withAfterChange(collection, eraseUserConversations) : collection,
      ),
      Conversations,
      Messages,
      DiffusionLists,
      MessageAttachments,
    ],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), messageDigestTask] },
    admin: addAdminComponents({
      admin: config.admin,
      views: { cejMessaging: { Component: '/plugins/cej/messaging/components/MessagingView#MessagingView', path: '/messagerie', exact: true } },
      afterNavLinks: ['/plugins/cej/messaging/components/MessagingNavLink#MessagingNavLink'],
    }),
  }
  return seed ? withSeedStep(next, seedMessaging) : next
}
