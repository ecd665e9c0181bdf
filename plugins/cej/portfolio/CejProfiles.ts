import type { CollectionConfig, Field } from 'payload'

import { hiddenUnless } from '../../../src/kernel/access'
import { GROUPS } from '../../../collections/slugs'
import { CEJ_SLUGS } from '../slugs'
import { cejProfileReaders, cejProfileWriters } from './access'
import { SITUATIONS } from './options'
import { accountOfProfile } from '../../../src/kernel/profiles/accountOfProfile'

const systemOnly = { create: () => false, update: () => false }

/** The CEJ beneficiary's file (seed 001, « Portefeuille »), as it was on `accounts`. */
export const cejProfileFields: Field[] = [
  {
    name: 'dossierNumber',
    type: 'text',
    unique: true,
    index: true,
    maxLength: 40,
    label: { fr: 'Numéro de dossier i-milo', en: 'i-milo file number' },
    admin: { description: { fr: 'Référence externe unique du bénéficiaire du CEJ.', en: 'Unique external reference.' } },
  },
  {
    type: 'row',
    fields: [
      { name: 'situation', type: 'select', options: SITUATIONS, label: { fr: 'Situation', en: 'Situation' } },
      {
        name: 'cejEndDate',
        type: 'date',
        label: { fr: 'Date de fin du CEJ', en: 'CEJ end date' },
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
    ],
  },
  {
    // Here and not on `accounts`: only the CEJ portfolio reads it (« Dernière activité », the
    // « jamais connecté » banner); the login writes it with one upsert (./recordLogin.ts).
    name: 'lastLoginAt',
    type: 'date',
    index: true,
    label: { fr: 'Dernière activité (connexion)', en: 'Last activity (login)' },
    access: systemOnly,
    admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
  },
]

/**
 * The CEJ module's own part of a young person, one-to-one with the account (issue #16, lean
 * accounts): the core's `accounts` carries no CEJ column, so an Atouts list never reads them and
 * a deployment without the CEJ has none. Read by the CEJ staff who follow the young person (and
 * by the young person, whose « Mes données » must hold it); written by those who follow them or
 * manage the Mission Locale's accounts, as the beneficiary's page was. Created by the module when
 * it takes the young person in (« Ajouter un bénéficiaire », the seed; ./createCejProfile.ts).
 */
export const CejProfiles: CollectionConfig = {
  slug: CEJ_SLUGS.cejProfiles,
  labels: { singular: { fr: 'Dossier CEJ', en: 'CEJ file' }, plural: { fr: 'Dossiers CEJ', en: 'CEJ files' } },
  admin: {
    group: GROUPS.cej,
    useAsTitle: 'dossierNumber',
    defaultColumns: ['account', 'dossierNumber', 'situation', 'cejEndDate', 'lastLoginAt'],
    listSearchableFields: ['dossierNumber'],
    enableListViewSelectAPI: true,
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  access: {
    read: cejProfileReaders,
    create: () => false,
    update: cejProfileWriters,
    delete: () => false,
  },
  fields: [
    accountOfProfile({ fr: 'Bénéficiaire', en: 'Beneficiary' }),
    ...cejProfileFields,
  ],
}
