import type { CollectionConfig } from 'payload'

import { hiddenUnless, isAccount } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { ownOrFollowingStaff, ownRecords } from '../access'
import { stampYoungPerson } from '../hooks/stampYoungPerson'
import { OFFER_KIND_OPTIONS, OFFER_SLUGS } from '../slugs'

const fixed = { create: () => false, update: () => false }

/**
 * « Recherches sauvegardées »: a young person's search criteria; a new offer that answers them
 * brings an alert (task `cej-offer-alerts`, kind « offer-alert » of their notification choices).
 */
export const SavedSearches: CollectionConfig = {
  slug: OFFER_SLUGS.savedSearches,
  labels: { singular: { fr: 'Recherche sauvegardée', en: 'Saved search' }, plural: { fr: 'Recherches sauvegardées', en: 'Saved searches' } },
  admin: { group: GROUPS.cej, useAsTitle: 'name', defaultColumns: ['name', 'kind', 'q', 'department', 'account', 'createdAt'], listSearchableFields: ['name', 'q'], hidden: hiddenUnless({ sections: ['cej'] }) },
  defaultSort: '-createdAt',
  access: { read: ownOrFollowingStaff, create: isAccount, update: ownRecords, delete: ownRecords },
  hooks: { beforeChange: [stampYoungPerson] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { fr: 'Nom de la recherche', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', options: OFFER_KIND_OPTIONS, index: true, label: { fr: "Type d'offre", en: 'Kind' } },
        { name: 'q', type: 'text', maxLength: 120, label: { fr: 'Mots-clés', en: 'Keywords' } },
        { name: 'department', type: 'text', maxLength: 3, index: true, label: { fr: 'Département', en: 'Department' } },
      ],
    },
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, index: true, access: fixed, admin: { readOnly: true }, label: { fr: 'Jeune', en: 'Young person' } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, access: fixed, admin: { readOnly: true, position: 'sidebar' }, label: { fr: 'Structure de suivi', en: 'Structure' } },
  ],
}
