import type { RelationshipField } from 'payload'

import { DELETED_WITH_TARGET } from '../db/dependents'

/**
 * The `account` of a module's own profile of a young person (the placement's candidate file, the
 * CEJ file: issue #16, lean accounts): one per account (unique), set when the module creates it,
 * never moved to another person, and deleted with an account deleted for good.
 */
export const accountOfProfile = (label: { fr: string; en: string }): RelationshipField => ({
  name: 'account',
  type: 'relationship',
  relationTo: 'accounts',
  required: true,
  unique: true,
  index: true,
  custom: DELETED_WITH_TARGET,
  label,
  access: { update: () => false },
  admin: { position: 'sidebar', readOnly: true },
})
