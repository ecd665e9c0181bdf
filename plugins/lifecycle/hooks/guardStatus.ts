import type { CollectionBeforeChangeHook } from 'payload'

import { LIFECYCLE_CONTEXT } from '../types'

/**
 * `status` changes only through a transition: whatever an ordinary create or update sends
 * (REST, GraphQL, admin, Local API), a create starts in the initial state and an update keeps
 * the stored status.
 */
export const guardStatus =
  (initial: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation, context }) => {
    if (context?.[LIFECYCLE_CONTEXT]) return data
    if (operation === 'create') data.status = initial
    else if ('status' in data) data.status = originalDoc?.status ?? initial
    return data
  }
