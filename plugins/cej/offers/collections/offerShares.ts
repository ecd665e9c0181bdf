import type { CollectionConfig, FieldHook } from 'payload'

import { hiddenUnless, nobody } from '../../../../src/kernel/access'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { MESSAGING_SLUGS } from '../../slugs'
import { ownOrFollowingStaff } from '../access'
import { shareEndpoints } from '../endpoints'
import { offerReferenceFields } from '../offerFields'
import { appliedTo, savedBy } from '../operations/followUp'
import { OFFER_SLUGS } from '../slugs'
import { DELETED_WITH_TARGET } from '../../../../src/kernel/db/dependents'

const fixed = { create: () => false, update: () => false }

const reference = (siblingData: Record<string, unknown> | undefined) => ({
  account: relationId(siblingData?.account),
  source: siblingData?.offerSource as 'offers' | 'cej-offers',
  offerId: Number(siblingData?.offerId),
})

const savedHook: FieldHook = ({ siblingData, req }) => savedBy({ req, ...reference(siblingData) })
const appliedHook: FieldHook = ({ siblingData, req }) => appliedTo({ req, ...reference(siblingData) })

/**
 * One offer shared with one young person (« Offre partagée »), written by
 * `POST /api/offer-shares/share` beside the message it put in their conversation. The counsellor
 * sees whether the young person saved the offer or applied (`saved`, `applied`, read now).
 * Read by the young person and the CEJ staff of the structure following them; never written
 * through the ordinary API.
 */
export const OfferShares: CollectionConfig = {
  slug: OFFER_SLUGS.shares,
  labels: { singular: { fr: 'Offre partagée', en: 'Shared offer' }, plural: { fr: 'Offres partagées', en: 'Shared offers' } },
  admin: {
    group: GROUPS.cej,
    useAsTitle: 'offerTitle',
    defaultColumns: ['offerTitle', 'offerKind', 'account', 'sharedBy', 'saved', 'applied', 'createdAt'],
    listSearchableFields: ['offerTitle'],
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  defaultSort: '-createdAt',
  access: { read: ownOrFollowingStaff, create: nobody, update: nobody, delete: nobody },
  endpoints: shareEndpoints,
  fields: [
    ...offerReferenceFields({ writable: false }),
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, custom: DELETED_WITH_TARGET, index: true, access: fixed, label: { fr: 'Jeune', en: 'Young person' } },
    { name: 'sharedBy', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, access: fixed, label: { fr: 'Partagée par', en: 'Shared by' } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, required: true, index: true, access: fixed, admin: { position: 'sidebar' }, label: { fr: 'Structure de suivi', en: 'Structure' } },
    { name: 'message', type: 'relationship', relationTo: MESSAGING_SLUGS.messages, access: fixed, admin: { position: 'sidebar' }, label: { fr: 'Message', en: 'Message' } },
    { name: 'batch', type: 'text', index: true, access: fixed, admin: { hidden: true } },
    { name: 'saved', type: 'checkbox', virtual: true, access: fixed, admin: { readOnly: true }, hooks: { afterRead: [savedHook] }, label: { fr: 'Sauvegardée par le jeune', en: 'Saved' } },
    { name: 'applied', type: 'checkbox', virtual: true, access: fixed, admin: { readOnly: true }, hooks: { afterRead: [appliedHook] }, label: { fr: 'Le jeune a postulé', en: 'Applied' } },
  ],
}
