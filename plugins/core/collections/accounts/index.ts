import type { CollectionConfig } from 'payload'

import {
  ACCOUNT_ROLES,
  allOf,
  anyOf,
  asPrincipal,
  followedThroughProgrammes,
  hasRole,
  isAnonymous,
  isSelfIn,
  isStaffUser,
  isSuperAdmin,
  opensSection,
  staffField,
} from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { ACCOUNT_NOTIFICATION_KIND_OPTIONS, ACCOUNT_NOTIFICATION_KINDS } from '../../../../src/kernel/notifications/accountKinds'
import { authOptions } from '../../../../src/kernel/auth/authOptions'
import { sessionsField } from '../../../../src/kernel/auth/sessionsField'
import { refuseLoginUnless } from '../../../../src/kernel/auth/refuseLoginUnless'
import { validatePhone, validatePostalCode } from '../../../../src/kernel/lib/validators'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { ARCHIVE_REASON_LABELS, ARCHIVE_REASONS } from '../../../../workflows/account/machine'
import { assignStructure } from './assignStructure'
import { followUpAtStructure } from './followUpAtStructure'
import { answerAsForANewAccount, holdKnownEmail } from './preRegistrationOfKnownEmail'
import { requireFamilyContactForMinors } from './requireFamilyContactForMinors'
import { programmesOnlyWhenAsked } from './programmesOnlyWhenAsked'
import { sessionsOnlyForTheirOwner } from './sessionsOnlyForTheirOwner'
import { sharesWithFollowersField } from '../../consent/collection'
import { followsTheFile } from './followsTheFile'
import { followUpStructureField } from '../../followUpStructure'
import { personTitle, withPersonTitle } from '../../../../src/kernel/admin/personTitle'

const followsAccounts = hasRole(...ACCOUNT_ROLES)

/** Staff whose roles follow accounts, on the files their structures administer (open follow-up programme). */
const staffAdministeringTheFile = allOf(followsAccounts, followsTheFile)

/** Staff whose roles follow accounts, on the young people their structures follow (an open programme, the follow-up included). */
const staffFollowing = allOf(followsAccounts, followedThroughProgrammes())

/** An archived record keeps its statistics under a number; anyone else is « Prénom NOM » (or « Donnée anonymisée »). */
const accountTitle = (data: Record<string, unknown>) => (data.status === 'archived' ? `Dossier archivé n° ${data.id}` : personTitle(data))

export const Accounts: CollectionConfig = withPersonTitle({
  slug: SLUGS.accounts,
  labels: {
    singular: { fr: 'Compte', en: 'Account' },
    plural: { fr: 'Comptes (jeunes)', en: 'Accounts' },
  },
  auth: authOptions({ kind: 'account' }),
  // Lists are scoped by structure (the super-admin's filter) or by the open follow-up (staff's
  // access, plugins/core/followUpStructure) and ordered by creation: an index for each (issue #16).
  indexes: [{ fields: ['structure', 'createdAt'] }, { fields: ['followUpStructure', 'createdAt'] }],
  admin: {
    group: GROUPS.accounts,
    // Titled « Prénom NOM » by withPersonTitle (src/kernel/admin/personTitle.ts).
    // The list reads only its columns (issue #16): an account carries the modules' profile fields too.
    enableListViewSelectAPI: true,
    defaultColumns: ['lastName', 'firstName', 'email', 'postalCode', 'structure', 'status', 'createdAt'],
    listSearchableFields: ['lastName', 'firstName', 'email', 'postalCode'],
    description: {
      fr: 'Les jeunes accompagnés : pré-inscriptions à valider, candidats, bénéficiaires.',
      en: 'Young people followed by the networks.',
    },
  },
  access: {
    // Young people never reach the admin panel; they use the API (public site).
    admin: () => false,
    read: anyOf(isSuperAdmin, isSelfIn('accounts'), staffFollowing),
    create: anyOf(isSuperAdmin, isAnonymous, followsAccounts),
    update: anyOf(isSuperAdmin, isSelfIn('accounts'), staffAdministeringTheFile),
    delete: allOf(opensSection('administration'), followsTheFile),
  },
  hooks: {
    beforeOperation: [holdKnownEmail, programmesOnlyWhenAsked, sessionsOnlyForTheirOwner],
    afterOperation: [answerAsForANewAccount],
    beforeValidate: [assignStructure, requireFamilyContactForMinors],
    beforeChange: [guardStructureScope({ field: 'structure' })],
    afterChange: [followUpAtStructure],
    beforeLogin: [
      refuseLoginUnless({
        status: 'enabled',
        message: (status) =>
          status === 'disabled'
            ? 'Votre compte est désactivé. Contactez votre référent.'
            : 'Votre compte est en attente de validation par votre Mission Locale : vous pourrez vous connecter dès son activation.',
      }),
    ],
  },
  fields: [
    sessionsField('accounts'),
    {
      // Seed 004, « Création candidat »: staff never choose a young person's password; the
      // creation form says the link is e-mailed instead of asking for one.
      name: 'passwordByLink',
      type: 'ui',
      label: { fr: 'Mot de passe', en: 'Password' },
      admin: {
        condition: (data, _siblings, { user }) => !data?.id && isStaffUser(asPrincipal(user)),
        components: { Field: '/plugins/core/components/PasswordByLink#PasswordByLink' },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', label: { fr: 'Prénom', en: 'First name' }, maxLength: 100 },
        { name: 'lastName', type: 'text', label: { fr: 'Nom', en: 'Last name' }, maxLength: 100, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'birthDate', type: 'date', label: { fr: 'Date de naissance', en: 'Birth date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' }, validate: validatePhone },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', label: { fr: 'Adresse', en: 'Address' }, maxLength: 300 },
        {
          name: 'postalCode',
          type: 'text',
          label: { fr: 'Code postal', en: 'Postal code' },
          validate: validatePostalCode,
          index: true,
        },
        { name: 'city', type: 'text', label: { fr: 'Ville', en: 'City' }, maxLength: 120 },
      ],
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      label: { fr: 'Structure de suivi', en: 'Following structure' },
      index: true,
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    followUpStructureField,
    {
      name: 'requestedStructure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      label: { fr: 'Mission Locale choisie', en: 'Chosen Mission Locale' },
      filterOptions: { type: { equals: 'mission-locale' } },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { fr: 'Choisie par le jeune lorsque aucune Mission Locale ne couvre son code postal.', en: 'Chosen at pre-registration.' },
      },
    },
    {
      name: 'referents',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      label: { fr: 'Référents', en: 'Referents' },
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'autonomous',
      type: 'checkbox',
      label: { fr: 'Candidat autonome', en: 'Autonomous' },
      defaultValue: false,
      access: { create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        description: { fr: 'Ses candidatures partent sans validation d’un référent.', en: 'Applications need no validation.' },
      },
    },
    {
      name: 'familyContact',
      type: 'group',
      label: { fr: 'Contact familial (obligatoire pour un mineur)', en: 'Family contact (required for minors)' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { fr: 'Nom et prénom', en: 'Name' }, maxLength: 200 },
            { name: 'relationship', type: 'text', label: { fr: 'Lien de parenté', en: 'Relationship' }, maxLength: 100 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' }, validate: validatePhone },
            { name: 'email', type: 'email', label: { fr: 'E-mail', en: 'E-mail' } },
          ],
        },
      ],
    },
    {
      name: 'transferMessage',
      type: 'textarea',
      label: { fr: 'Message du transfert', en: 'Transfer message' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.transferMessage) },
    },
    sharesWithFollowersField,
    {
      name: 'programmes',
      type: 'join',
      collection: 'programmes',
      on: 'account',
      label: { fr: 'Dispositifs', en: 'Programmes' },
      admin: { defaultColumns: ['kind', 'status', 'startDate', 'endDate', 'structure'] },
    },
    {
      name: 'birthYear',
      type: 'number',
      label: { fr: 'Année de naissance (dossier archivé)', en: 'Birth year (archived)' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'archived' },
    },
    {
      name: 'archiveReason',
      type: 'select',
      label: { fr: "Motif d'archivage", en: 'Archive reason' },
      options: ARCHIVE_REASONS.map((value) => ({ value, label: { fr: ARCHIVE_REASON_LABELS[value], en: value } })),
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'archived' },
    },
    {
      name: 'archivedAt',
      type: 'date',
      label: { fr: 'Archivé le', en: 'Archived at' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'archived' },
    },
    {
      name: 'origin',
      type: 'select',
      label: { fr: 'Origine', en: 'Origin' },
      defaultValue: 'pre-registration',
      options: [
        { label: { fr: 'Pré-inscription', en: 'Pre-registration' }, value: 'pre-registration' },
        { label: { fr: 'Créé par un référent', en: 'Created by staff' }, value: 'staff' },
      ],
      access: { create: () => false, update: () => false },
      // Set by the creation itself (`assignStructure`): the creation form would only show the default.
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.id) },
    },
    {
      name: 'alerts',
      type: 'group',
      label: { fr: 'Mes notifications', en: 'My notifications' },
      admin: {
        description: {
          fr: 'Pour chaque type de nouvelle, recevoir un e-mail et/ou une notification dans son espace (le jeune les choisit sur le site).',
          en: 'How the young person hears about each kind of change.',
        },
      },
      fields: [
        { name: 'email', type: 'select', hasMany: true, label: { fr: 'Par e-mail', en: 'By e-mail' }, options: ACCOUNT_NOTIFICATION_KIND_OPTIONS, defaultValue: ACCOUNT_NOTIFICATION_KINDS.map((kind) => kind) },
        { name: 'inApp', type: 'select', hasMany: true, label: { fr: 'Dans mon espace', en: 'In my space' }, options: ACCOUNT_NOTIFICATION_KIND_OPTIONS, defaultValue: ACCOUNT_NOTIFICATION_KINDS.map((kind) => kind) },
      ],
    },
  ],
}, { title: accountTitle })
