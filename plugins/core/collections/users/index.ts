import type { CollectionConfig } from 'payload'

import {
  allOf,
  anyOf,
  asPrincipal,
  isStaffUser,
  hasRole,
  inUserStructures,
  isSelfIn,
  isStaff,
  isSuperAdmin,
  notOnOwnRecord,
  opensSection,
  roleOptions,
  structureTypesField,
  userOpensSection,
} from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { withPersonTitle } from '../../../../src/kernel/admin/personTitle'
import { authOptions } from '../../../../src/kernel/auth/authOptions'
import { sessionsField } from '../../../../src/kernel/auth/sessionsField'
import { refuseLoginUnless } from '../../../../src/kernel/auth/refuseLoginUnless'
import { validatePhone } from '../../../../src/kernel/lib/validators'
import { NOTIFICATION_KIND_OPTIONS } from '../../../../src/kernel/notifications/kinds'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { guardDirectionFunction } from './guardDirectionFunction'
import { guardRoleAssignment } from './guardRoleAssignment'
import { transferFollowedAccountsEndpoint } from '../../endpoints/transferFollowedAccounts'
import { attachUserEndpoint, homonymsEndpoint } from '../../endpoints/attachUser'
import { refuseGenericEmail } from './genericEmail'
import { hideUnsubscribedFromLists } from './hideUnsubscribed'
import { answerDuplicates, ignoreDuplicatesField, nameKeyField, refuseHomonyms } from './homonyms'
import { FUNCTION_OPTIONS } from './functions'
import { passwordByLinkField, queuePasswordLink, replacePasswordByLink } from './passwordByLink'

/** Roles that create other staff users (each within limits, see ASSIGNABLE_ROLES). */
const creatorRoles = hasRole('admin', 'mission-officer', 'academic-admin')

export const Users: CollectionConfig = withPersonTitle({
  slug: SLUGS.users,
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  auth: authOptions({ kind: 'staff' }),
  admin: {
    group: GROUPS.administration,
    defaultColumns: ['lastName', 'firstName', 'email', 'roles', 'structures', 'status', 'deactivatedAt'],
    listSearchableFields: ['email', 'firstName', 'lastName'],
    // Seed 003: an unsubscribed user disappears from the list (the API still serves the record).
    baseListFilter: () => ({ status: { not_equals: 'unsubscribed' } }),
  },
  endpoints: [homonymsEndpoint, transferFollowedAccountsEndpoint, attachUserEndpoint],
  access: {
    admin: ({ req }) => isStaffUser(asPrincipal(req.user)),
    read: anyOf(isSelfIn('users'), allOf(isStaff, inUserStructures('structures'))),
    create: anyOf(isSuperAdmin, creatorRoles),
    update: anyOf(isSuperAdmin, isSelfIn('users'), allOf(creatorRoles, inUserStructures('structures'))),
    delete: allOf(opensSection('administration'), inUserStructures('structures')),
  },
  hooks: {
    beforeOperation: [hideUnsubscribedFromLists],
    beforeValidate: [refuseGenericEmail, refuseHomonyms, replacePasswordByLink],
    afterChange: [queuePasswordLink],
    afterError: [answerDuplicates],
    beforeChange: [
      guardStructureScope({ field: 'structures', message: "Vous ne pouvez rattacher un utilisateur qu'à vos propres structures." }),
      guardRoleAssignment,
      guardDirectionFunction,
    ],
    beforeLogin: [refuseLoginUnless({ status: 'active', message: 'Votre accès a été désactivé. Contactez un administrateur de votre structure.' })],
  },
  fields: [
    sessionsField('users'),
    passwordByLinkField,
    // Where the user works, for the admin's module visibility (`userWorksIn`).
    structureTypesField,
    {
      name: 'transferAccounts',
      type: 'ui',
      label: { fr: 'Transférer les dossiers suivis', en: 'Transfer followed files' },
      admin: {
        position: 'sidebar',
        components: { Field: '/plugins/core/components/TransferAccountsPanel#TransferAccountsPanel' },
        // Administrators, on an existing colleague's record (the endpoint decides for good).
        condition: (data, _siblings, { user }) =>
          Boolean(data?.id) && data?.id !== user?.id && userOpensSection(asPrincipal(user), 'administration'),
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', label: { fr: 'Prénom', en: 'First name' }, maxLength: 100 },
        { name: 'lastName', type: 'text', label: { fr: 'Nom', en: 'Last name' }, maxLength: 100, index: true },
      ],
    },
    nameKeyField,
    ignoreDuplicatesField,
    {
      name: 'deactivatedAt',
      type: 'date',
      label: { fr: 'Désactivé depuis le', en: 'Deactivated since' },
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: { fr: 'Date à laquelle la désactivation a pris effet.', en: 'When the deactivation took effect.' },
        condition: (data) => Boolean(data?.deactivatedAt),
      },
    },
    {
      name: 'structures',
      type: 'relationship',
      relationTo: SLUGS.structures,
      hasMany: true,
      label: { fr: 'Structures', en: 'Structures' },
      admin: {
        description: {
          fr: "L'utilisateur agit sur ces structures et tout ce qui en dépend.",
          en: 'The user acts on these structures and everything below them.',
        },
      },
      access: { update: notOnOwnRecord },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      label: { fr: 'Sécurité (rôles)', en: 'Roles' },
      options: roleOptions,
      access: { update: notOnOwnRecord },
      admin: {
        description: {
          fr: 'Les rôles se cumulent : chacun ouvre une rubrique, dans la limite des structures de l’utilisateur.',
          en: 'Roles add up.',
        },
      },
    },
    {
      name: 'functions',
      type: 'select',
      hasMany: true,
      label: { fr: 'Fonctions', en: 'Functions' },
      options: FUNCTION_OPTIONS,
      access: { update: notOnOwnRecord },
    },
    {
      type: 'row',
      fields: [
        { name: 'jobTitle', type: 'text', label: { fr: 'Intitulé de poste', en: 'Job title' }, maxLength: 150 },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' }, validate: validatePhone },
      ],
    },
    { name: 'avatar', type: 'upload', relationTo: SLUGS.media, label: { fr: 'Photo', en: 'Avatar' } },
    {
      name: 'alerts',
      type: 'group',
      label: { fr: 'Alertes', en: 'Alerts' },
      admin: {
        description: {
          fr: 'Pour chaque type de changement, choisissez de recevoir un e-mail et/ou une notification dans l’application.',
          en: 'Choose how you hear about each kind of change.',
        },
      },
      fields: [
        {
          name: 'email',
          type: 'select',
          hasMany: true,
          label: { fr: 'Par e-mail', en: 'By e-mail' },
          options: NOTIFICATION_KIND_OPTIONS,
          defaultValue: NOTIFICATION_KIND_OPTIONS.map((option) => option.value),
        },
        {
          name: 'inApp',
          type: 'select',
          hasMany: true,
          label: { fr: 'Dans l’application', en: 'In the app' },
          options: NOTIFICATION_KIND_OPTIONS,
          defaultValue: NOTIFICATION_KIND_OPTIONS.map((option) => option.value),
        },
      ],
    },
  ],
})
