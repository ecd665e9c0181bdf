import type { CollectionConfig } from 'payload'

import { REFERRED_STRUCTURE_TYPES, referentField } from './referentField'

/** The core's `structures` gains the referent of partners and employers (hidden for other types). */
export const extendStructures = (collection: CollectionConfig): CollectionConfig => {
  if (collection.fields.some((field) => 'name' in field && field.name === 'referent')) return collection
  return {
    ...collection,
    fields: [
      ...collection.fields,
      referentField({
        description: 'Le conseiller qui suit ce partenaire ou cet employeur.',
        condition: (data) => (REFERRED_STRUCTURE_TYPES as readonly string[]).includes(String(data.type)),
      }),
    ],
  }
}
