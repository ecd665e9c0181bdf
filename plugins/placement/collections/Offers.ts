import type { CollectionConfig } from 'payload'

import { anyOf, allOf, isLoggedIn } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { TRIGRAM_SEARCH } from '../../../src/kernel/db/trigramIndexes'
import { validatePostalCode } from '../../../src/kernel/lib/validators'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { manageOffers, publishedOffers } from '../access'
import { stampOfferEmployer } from '../hooks/stampOfferEmployer'
import { referentField } from '../referents/referentField'
import { PLACEMENT_SLUGS } from '../slugs'
import { CONTRACT_TYPES, PUBLICATION_STATES, SECTORS } from './options'

/**
 * Job offers of employer structures (seed 004, "Consulter les offres d'emploi"). Every filter of
 * the manual's search screen is an indexed column: department, postal code, title, employer
 * name, reference, sector, contract type.
 */
export const Offers: CollectionConfig = {
  slug: PLACEMENT_SLUGS.offers,
  labels: { singular: { fr: "Offre d'emploi", en: 'Job offer' }, plural: { fr: "Offres d'emploi", en: 'Job offers' } },
  admin: {
    group: GROUPS.offers,
    useAsTitle: 'title',
    defaultColumns: ['title', 'reference', 'employerName', 'department', 'postalCode', 'sector', 'contractType', 'publication', 'referent'],
    listSearchableFields: ['title', 'reference', 'employerName', 'postalCode', 'department'],
    description: { fr: 'Les offres publiées par les entreprises partenaires.', en: 'Offers published by partner companies.' },
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['structure', 'createdAt'] }, { fields: ['publication', 'department'] }],
  access: {
    // Any logged-in person (candidate, referent, employer) reads published offers; a company's staff read its closed ones too.
    read: anyOf(allOf(isLoggedIn, publishedOffers), manageOffers),
    create: manageOffers,
    update: manageOffers,
    delete: manageOffers,
  },
  hooks: { beforeChange: [guardStructureScope({ field: 'structure', message: "Vous ne pouvez publier des offres que pour votre entreprise." }), stampOfferEmployer] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, index: true, custom: TRIGRAM_SEARCH, label: { fr: "Intitulé de l'offre", en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'reference', type: 'text', maxLength: 60, index: true, label: { fr: 'Référence', en: 'Reference' } },
        {
          name: 'publication',
          type: 'select',
          required: true,
          defaultValue: 'published',
          options: PUBLICATION_STATES,
          index: true,
          label: { fr: 'Publication', en: 'Publication' },
        },
      ],
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      required: true,
      index: true,
      filterOptions: { type: { equals: 'employer' } },
      label: { fr: 'Employeur', en: 'Employer' },
      admin: { position: 'sidebar' },
    },
    referentField({ description: 'Le conseiller de la Mission Locale qui suit cette offre.' }),
    {
      name: 'employerName',
      type: 'text',
      index: true,
      custom: TRIGRAM_SEARCH,
      label: { fr: "Nom de l'entreprise", en: 'Company name' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text', index: true, validate: validatePostalCode, label: { fr: 'Code postal', en: 'Postal code' } },
        { name: 'department', type: 'text', maxLength: 3, index: true, label: { fr: 'Département', en: 'Department' }, admin: { description: { fr: 'Déduit du code postal si vide (ex. 75).', en: 'From the postal code when empty.' } } },
        { name: 'city', type: 'text', maxLength: 120, label: { fr: 'Ville', en: 'City' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sector', type: 'select', options: SECTORS, index: true, label: { fr: "Secteur d'activité", en: 'Sector' } },
        { name: 'contractType', type: 'select', options: CONTRACT_TYPES, index: true, label: { fr: 'Type de contrat', en: 'Contract type' } },
      ],
    },
    {
      name: 'isGeneric',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Offre générique (profil recherché)', en: 'Generic offer' },
      admin: {
        description: {
          fr: "Ne correspond pas à un poste précis : les candidatures vont au service de recrutement des travailleurs handicapés de l'entreprise.",
          en: 'A profile sought rather than a specific job.',
        },
      },
    },
    { name: 'description', type: 'richText', label: { fr: 'Descriptif', en: 'Description' } },
  ],
}
