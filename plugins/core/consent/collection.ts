import type { CollectionConfig, Field } from 'payload'

import { ACCOUNT_ROLES, allOf, anyOf, followedThroughProgrammes, hasRole, isSuperAdmin, nobody, ownedByAccount } from '../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

export const SHARING_CONSENTS_SLUG = 'sharing-consents'

/**
 * The account's current answer: whether the structures that follow the young person share their
 * identity and the list of their programmes (the path). Written only by `recordSharingConsent`,
 * which keeps the history in `sharing-consents`; read by the access rules on every request, so a
 * revocation counts from the next one.
 */
export const sharesWithFollowersField: Field = {
  name: 'sharesWithFollowers',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: { fr: 'Partage entre les structures qui le suivent (consentement du jeune)', en: 'Shares with every following structure (consent)' },
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: { fr: 'Donné ou retiré par le jeune dans son espace ; l’historique est conservé.', en: 'Given or revoked by the young person.' },
  },
}

/** Every consent given or revoked, never edited: the young person and their followers read it, nobody writes it through the API. */
export const SharingConsents: CollectionConfig = {
  slug: SHARING_CONSENTS_SLUG,
  labels: { singular: { fr: 'Consentement au partage', en: 'Sharing consent' }, plural: { fr: 'Consentements au partage', en: 'Sharing consents' } },
  admin: { group: GROUPS.accounts, defaultColumns: ['account', 'given', 'createdAt'], description: { fr: 'Historique des consentements donnés et retirés par les jeunes.', en: 'History of consents.' } },
  access: {
    read: anyOf(isSuperAdmin, ownedByAccount('account'), allOf(hasRole(...ACCOUNT_ROLES), followedThroughProgrammes({ account: 'account' }))),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, custom: DELETED_WITH_TARGET, index: true, label: { fr: 'Jeune', en: 'Young person' } },
    { name: 'given', type: 'checkbox', required: true, label: { fr: 'Consentement donné', en: 'Given' }, admin: { description: { fr: 'Décoché : consentement retiré.', en: 'Unchecked: revoked.' } } },
  ],
}
