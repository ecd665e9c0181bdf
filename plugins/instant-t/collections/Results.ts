import type { CollectionConfig, FieldAccess } from 'payload'

import { GROUPS, SLUGS } from '../../../collections/slugs'
import { hiddenUnless, staffField, superAdminField } from '../../../src/kernel/access'
import { deleteResults, readResults, staffOnResults } from '../access'
import { guardAccountLink } from '../hooks/guardAccountLink'
import { INSTANT_T_SLUGS } from '../slugs'

const never: FieldAccess = () => false

const COMPONENTS = '/plugins/instant-t/components'

/**
 * One completed questionnaire. Written only by the submission operation (POST /api/instant-t):
 * scores and answers are a snapshot of the questionnaire as answered, so they never change.
 * Staff may only link or unlink the result to an account.
 */
export const Results: CollectionConfig = {
  slug: INSTANT_T_SLUGS.results,
  labels: {
    singular: { fr: 'Instant-T', en: 'Instant-T' },
    plural: { fr: 'Instant-T', en: 'Instant-T results' },
  },
  graphQL: { singularName: 'InstantTResult', pluralName: 'InstantTResults' },
  admin: {
    group: GROUPS.instantT,
    useAsTitle: 'code',
    defaultColumns: ['id', 'accountName', 'code', 'postalCode', 'createdAt', 'updatedAt'],
    listSearchableFields: ['code', 'accountName'],
    hidden: hiddenUnless({ sections: ['instant-t'] }),
    description: {
      fr: 'Recherchez l’Instant-T par le code communiqué par le jeune, ou par son nom s’il s’est pré-inscrit.',
      en: 'Search by code or by the linked account’s name.',
    },
    components: { beforeListTable: [`${COMPONENTS}/ExportCsvButton#ExportCsvButton`] },
    pagination: { defaultLimit: 25 },
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['structure', 'createdAt'] }],
  access: {
    read: readResults,
    // Results are created only through POST /api/instant-t (the submission operation).
    create: () => false,
    update: staffOnResults,
    delete: deleteResults,
  },
  hooks: { beforeChange: [guardAccountLink] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { fr: 'Code', en: 'Code' },
          access: { update: never },
          admin: { readOnly: true },
        },
        {
          name: 'postalCode',
          type: 'text',
          required: true,
          index: true,
          label: { fr: 'Code postal', en: 'Postal code' },
          access: { update: never },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'scoresPanel',
      type: 'ui',
      label: { fr: 'Résultats', en: 'Scores' },
      admin: { components: { Field: `${COMPONENTS}/ResultPanel#ResultPanel` }, disableListColumn: true },
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      index: true,
      label: { fr: 'Mission Locale', en: 'Mission Locale' },
      access: { update: never },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'outOfTerritory',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Hors territoire', en: 'Out of territory' },
      access: { read: superAdminField, update: never },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { fr: 'Aucune Mission Locale ne couvre ce code postal.', en: 'No Mission Locale covers this postal code.' },
      },
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: SLUGS.accounts,
      index: true,
      label: { fr: 'Compte', en: 'Account' },
      access: { update: staffField },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Choisissez le compte du jeune auquel associer ce test, puis cliquez sur « Sauvegarder ». Videz le champ pour le délier.',
          en: 'Link this result to an account.',
        },
        components: { Field: `${COMPONENTS}/LinkAccountField#LinkAccountField` },
      },
    },
    {
      // Denormalised so the list and search show the name to referents who cannot read accounts.
      name: 'accountName',
      type: 'text',
      index: true,
      label: { fr: 'Compte', en: 'Account' },
      access: { update: never },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Cell: `${COMPONENTS}/AccountNameCell#AccountNameCell` },
        // A list column only: the edit view shows the name in the « Compte » field above (not twice).
        condition: () => false,
      },
    },
    {
      name: 'linkedAt',
      type: 'date',
      label: { fr: 'Relié au compte le', en: 'Linked on' },
      access: { update: never },
      admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' }, condition: (data) => Boolean(data?.account) },
    },
    {
      name: 'scores',
      type: 'json',
      required: true,
      label: { fr: 'Scores', en: 'Scores' },
      access: { update: never },
      admin: { hidden: true },
    },
    {
      name: 'answers',
      type: 'json',
      required: true,
      label: { fr: 'Réponses', en: 'Answers' },
      access: { update: never },
      admin: { hidden: true },
    },
  ],
}
