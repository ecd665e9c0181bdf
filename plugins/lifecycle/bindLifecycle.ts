import type { CollectionConfig, CollectionSlug } from 'payload'

import { transitionEndpoints } from './endpoints/transitions'
import { guardStatus } from './hooks/guardStatus'
import { onCreateHook } from './hooks/onCreate'
import type { BoundLifecycle, LifecycleBinding } from './types'

/**
 * Binds a machine to a collection: the read-only `status` field built from the machine's states
 * (shown in the edit view as the lifecycle panel), the status guard, the creation hook and the
 * transitions endpoints.
 * Adding a lifecycle to a collection is this one call. The hooks and endpoints close over the
 * binding; `custom.lifecycle` serves only the entry points that know a collection by name
 * (GraphQL, the effects task, `performTransition`: see lookup.ts).
 */
export const bindLifecycle = (collection: CollectionConfig, binding: LifecycleBinding): CollectionConfig => {
  // A collection's config types its slug as any string; a bound collection is one of the generated slugs.
  const lifecycle: BoundLifecycle = { collection: collection.slug as CollectionSlug, binding }
  const initial = String(binding.machine.config.initial)
  const states = binding.definition.states
  const hasStatus = collection.fields.some((field) => 'name' in field && field.name === 'status')
  return {
    ...collection,
    custom: { ...collection.custom, lifecycle },
    hooks: {
      ...collection.hooks,
      beforeChange: [guardStatus(initial), ...(collection.hooks?.beforeChange ?? [])],
      afterChange: [onCreateHook(lifecycle), ...(collection.hooks?.afterChange ?? [])],
    },
    endpoints: [...transitionEndpoints(lifecycle), ...(collection.endpoints || [])],
    fields: [
      // First, so that it heads the sidebar: the one status control of the document (seed 000,
      // « Modifiez le statut … puis enregistrez »), its badge, its allowed actions and its history.
      // No greyed select: the panel is the field's edit component; lists show the badge.
      {
        name: 'status',
        type: 'select',
        label: { fr: 'Statut', en: 'Status' },
        required: true,
        index: true,
        defaultValue: initial,
        options: Object.entries(states).map(([value, info]) => ({ label: info.label, value })),
        access: { create: () => false, update: () => false },
        admin: {
          position: 'sidebar',
          readOnly: true,
          components: {
            Cell: { path: '/plugins/lifecycle/components/StatusCell#StatusCell', clientProps: { states } },
            Field: {
              path: '/plugins/lifecycle/components/LifecyclePanel#LifecyclePanel',
              clientProps: { states, events: binding.definition.events, collection: collection.slug },
            },
          },
        },
      },
      ...collection.fields.filter((field) => !('name' in field && field.name === 'status') || !hasStatus),
    ],
  }
}
