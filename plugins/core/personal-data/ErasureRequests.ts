import type { CollectionConfig } from 'payload'

import { anyOf, followedByUser, isAccount, isSuperAdmin, nobody, ownedByAccount, sectionInStructures, staffField } from '../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { notifyReferentsOfErasureRequest, stampErasureRequest } from './erasureRequestHooks'

export const ERASURE_REQUESTS = 'erasure-requests'

/** Staff who act on a request: the young person's referents, and the accounts section of their structure. */
const staffInCharge = anyOf(isSuperAdmin, followedByUser('referents'), sectionInStructures('accounts'))

/**
 * « Demander l’effacement de mes données » (RGPD, right to erasure): the young person's request,
 * as a record their counsellor answers. Erasing itself is the account's `ARCHIVE` transition
 * with the reason « Demande du jeune », which only staff send.
 */
export const ErasureRequests: CollectionConfig = {
  slug: ERASURE_REQUESTS,
  labels: { singular: { fr: 'Demande d’effacement', en: 'Erasure request' }, plural: { fr: 'Demandes d’effacement', en: 'Erasure requests' } },
  admin: {
    group: GROUPS.accounts,
    defaultColumns: ['account', 'structure', 'createdAt', 'handledAt'],
    description: {
      fr: 'Demandes d’effacement envoyées par les jeunes depuis « Mes données ». Pour effacer, archivez le compte avec le motif « Demande du jeune », puis indiquez la date de traitement et votre réponse.',
      en: 'Erasure requests sent by young people.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: anyOf(ownedByAccount('account'), staffInCharge),
    create: isAccount,
    update: staffInCharge,
    delete: nobody,
  },
  hooks: {
    beforeChange: [stampErasureRequest],
    afterChange: [notifyReferentsOfErasureRequest],
  },
  fields: [
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, index: true, label: { fr: 'Jeune', en: 'Young person' }, access: { update: () => false }, admin: { readOnly: true } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'Structure', en: 'Structure' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    { name: 'referents', type: 'relationship', relationTo: SLUGS.users, hasMany: true, label: { fr: 'Référents', en: 'Referents' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    { name: 'message', type: 'textarea', maxLength: 2000, label: { fr: 'Message du jeune', en: 'Message' }, access: { update: () => false }, admin: { readOnly: true } },
    { name: 'handledAt', type: 'date', index: true, label: { fr: 'Traitée le', en: 'Handled at' }, access: { create: () => false, update: staffField } },
    { name: 'answer', type: 'textarea', maxLength: 2000, label: { fr: 'Réponse au jeune', en: 'Answer' }, access: { create: () => false, update: staffField } },
  ],
}
