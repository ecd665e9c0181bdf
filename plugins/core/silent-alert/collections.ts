import type { CollectionConfig } from 'payload'

import { allOf, hiddenUnless, inUserStructures, isStaff, nobody, opensSection, ROLES, superAdminField } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { triggerSilentAlertEndpoint } from './endpoint'
import { SILENT_ALERT_SLUGS } from './slugs'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

/** Staff of the structure (or of one above it). */
const staffOfStructure = allOf(isStaff, inUserStructures('structure'))

const fixed = { create: () => false, update: () => false }

/**
 * Whether a structure uses the silent alert, and the SMS provider the service centre set up for
 * it (« Pour l'activer chaque Mission Locale doit le demander au Centre de Service »): any staff
 * member of the structure switches it on or off; only a super-administrator sets the provider's
 * address (the server posts to it: nobody else chooses where).
 */
export const SilentAlertSettings: CollectionConfig = {
  slug: SILENT_ALERT_SLUGS.settings,
  labels: { singular: { fr: 'Réglage du sifflet silencieux', en: 'Silent alert setting' }, plural: { fr: 'Sifflet silencieux : réglages', en: 'Silent alert settings' } },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'id',
    defaultColumns: ['structure', 'enabled', 'updatedAt'],
    description: { fr: 'Activer l’alerte silencieuse pour sa structure : un bouton discret prévient aussitôt les collègues présents (pop-up, e-mail, SMS si un fournisseur est réglé).', en: 'Silent alert per structure.' },
    hidden: hiddenUnless({ roles: ROLES }),
  },
  access: {
    read: staffOfStructure,
    create: staffOfStructure,
    update: staffOfStructure,
    delete: allOf(opensSection('administration'), inUserStructures('structure')),
  },
  hooks: { beforeChange: [guardStructureScope({ field: 'structure', message: "Vous n'activez l'alerte silencieuse que pour votre propre structure." })] },
  fields: [
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, required: true, unique: true, custom: DELETED_WITH_TARGET, label: { fr: 'Structure', en: 'Structure' } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { fr: 'Alerte silencieuse activée', en: 'Enabled' } },
    {
      name: 'smsProviderUrl',
      type: 'text',
      maxLength: 500,
      access: { read: superAdminField, create: superAdminField, update: superAdminField },
      validate: (value: unknown) => !value || /^https?:\/\/\S+$/.test(String(value)) || 'Adresse web complète attendue (https://…).',
      label: { fr: 'Fournisseur SMS (adresse HTTP, réglée par le centre de service)', en: 'SMS provider URL' },
      admin: { description: { fr: 'Chaque SMS y est envoyé en POST JSON { "to": "<téléphone>", "message": "<texte>" }. Vide : pas de SMS.', en: 'POST JSON { to, message }.' } },
    },
  ],
}

/**
 * Every silent alert sent (« chaque alerte est enregistrée »): who, where, when, whom it reached.
 * Written only by `POST /api/silent-alerts/trigger`; never changed or deleted through the API;
 * read by the staff of that structure.
 */
export const SilentAlerts: CollectionConfig = {
  slug: SILENT_ALERT_SLUGS.alerts,
  labels: { singular: { fr: 'Alerte silencieuse', en: 'Silent alert' }, plural: { fr: 'Alertes silencieuses', en: 'Silent alerts' } },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'sentBy', 'structure', 'recipientCount', 'smsSent'],
    hidden: hiddenUnless({ roles: ROLES }),
  },
  defaultSort: '-createdAt',
  access: { read: staffOfStructure, create: nobody, update: nobody, delete: nobody },
  endpoints: [triggerSilentAlertEndpoint],
  fields: [
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, required: true, index: true, access: fixed, label: { fr: 'Structure', en: 'Structure' } },
    { name: 'sentBy', type: 'relationship', relationTo: SLUGS.users, required: true, access: fixed, label: { fr: 'Déclenchée par', en: 'Sent by' } },
    { name: 'summary', type: 'text', access: fixed, label: { fr: 'Alerte', en: 'Summary' } },
    { name: 'recipients', type: 'relationship', relationTo: SLUGS.users, hasMany: true, access: fixed, label: { fr: 'Collègues prévenus', en: 'Colleagues alerted' } },
    { name: 'recipientCount', type: 'number', access: fixed, label: { fr: 'Nombre de collègues prévenus', en: 'Recipients' } },
    { name: 'smsSent', type: 'number', defaultValue: 0, access: fixed, label: { fr: 'SMS envoyés', en: 'SMS sent' } },
  ],
}
