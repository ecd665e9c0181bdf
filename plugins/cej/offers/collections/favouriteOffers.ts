import type { CollectionConfig } from 'payload'

import { hiddenUnless, isAccount } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { ownOrFollowingStaff, ownRecords } from '../access'
import { checkFavourite } from '../hooks/checkFavourite'
import { stampYoungPerson } from '../hooks/stampYoungPerson'
import { offerReferenceFields } from '../offerFields'
import { OFFER_SLUGS } from '../slugs'

const fixed = { create: () => false, update: () => false }

/**
 * A young person's favourite offers (« Favori ajouté »), with « J'ai postulé » when they applied.
 * Made and changed by the young person only; read by them and by the CEJ staff following them.
 */
export const FavouriteOffers: CollectionConfig = {
  slug: OFFER_SLUGS.favourites,
  labels: { singular: { fr: 'Offre favorite', en: 'Favourite offer' }, plural: { fr: 'Offres favorites', en: 'Favourite offers' } },
  admin: { group: GROUPS.cej, useAsTitle: 'offerTitle', defaultColumns: ['offerTitle', 'offerKind', 'account', 'applied', 'createdAt'], listSearchableFields: ['offerTitle'], hidden: hiddenUnless({ sections: ['cej'] }) },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['account', 'offerSource', 'offerId'], unique: true }],
  access: { read: ownOrFollowingStaff, create: isAccount, update: ownRecords, delete: ownRecords },
  hooks: { beforeChange: [stampYoungPerson, checkFavourite] },
  fields: [
    ...offerReferenceFields({ writable: true }),
    { name: 'applied', type: 'checkbox', defaultValue: false, label: { fr: "J'ai postulé", en: 'Applied' } },
    { name: 'appliedAt', type: 'date', access: fixed, admin: { readOnly: true }, label: { fr: 'A postulé le', en: 'Applied at' } },
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, index: true, access: fixed, admin: { readOnly: true }, label: { fr: 'Jeune', en: 'Young person' } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, access: fixed, admin: { readOnly: true, position: 'sidebar' }, label: { fr: 'Structure de suivi', en: 'Structure' } },
  ],
}
