import type { CollectionConfig } from 'payload'

import { claimInstantTAfterPreRegistration, instantTCodeField, rememberInstantTCode } from '../hooks/claimAtPreRegistration'
import { refreshLinkedName } from '../hooks/refreshLinkedName'

/**
 * The accounts collection belongs to the core: the plugin adds the pre-registration's
 * `instantTCode` and its hooks (theirs first, ours after): claiming a result at pre-registration,
 * keeping the linked name on results current. Everything else is left as is.
 */
export const extendAccounts = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'accounts' || collection.fields.some((field) => (field as { name?: string }).name === 'instantTCode')
    ? collection
    : {
        ...collection,
        fields: [...collection.fields, instantTCodeField],
        hooks: {
          ...collection.hooks,
          beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberInstantTCode],
          afterChange: [...(collection.hooks?.afterChange ?? []), claimInstantTAfterPreRegistration, refreshLinkedName],
        },
      }
