import type { CollectionConfig } from 'payload'

/** The young person's page gains « Parcours » (its programmes and their key events, with consent). */
export const withPathPanel = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [
    ...collection.fields,
    {
      name: 'path',
      type: 'ui',
      label: { fr: 'Parcours', en: 'Path' },
      admin: { components: { Field: '/plugins/core/components/PathPanel#PathPanel' } },
    },
  ],
})
