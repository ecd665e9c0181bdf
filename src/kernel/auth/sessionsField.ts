import type { Field } from 'payload'

import { ownRecordField } from '../access'

/**
 * Payload's `sessions` auth field, with its read access narrowed to the record's own principal
 * (merged over Payload's base field by name). Session ids in other hands let a token be forged.
 */
export const sessionsField = (collection: 'users' | 'accounts'): Field => ({
  name: 'sessions',
  type: 'array',
  access: { read: ownRecordField(collection), create: () => false, update: () => false },
  admin: { disabled: true },
  fields: [],
})
