import type { CollectionConfig, Where } from 'payload'

import {
  allOf,
  anyOf,
  followingStructureOfAccount,
  inUserStructures,
  isStaff,
  isSuperAdmin,
  opensSection,
  type AccessFn,
} from '../../../../src/kernel/access'
import { asPrincipal, userOpensSection } from '../../../../src/kernel/access/user'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { keepUnchangedRelationship } from '../../../../src/kernel/lib/keepUnchangedRelationship'
import { validatePhone } from '../../../../src/kernel/lib/validators'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { guardStructureType } from './guardStructureType'
import { STRUCTURE_TYPE_OPTIONS } from './types'
import { validatePostalCodeCoverage } from './validatePostalCodeCoverage'
import { movePostalCodesEndpoint } from '../../endpoints/movePostalCodes'

const ofType =
  (...types: string[]): AccessFn =>
  () =>
    ({ type: { in: types } }) as Where

/** Missions Locales and employers form a directory every staff user may read (transfers, offers). */
const directoryTypes = allOf(isStaff, ofType('mission-locale', 'employer'))

const inScope = inUserStructures('id')

/** Administration within one's structures, or the structures referents' share of it. */
const manage = anyOf(
  isSuperAdmin,
  allOf(opensSection('administration'), inScope),
  allOf(opensSection('structures-partners'), inScope, ofType('partner')),
  allOf(opensSection('structures-employers'), inScope, ofType('employer')),
)

export const Structures: CollectionConfig = {
  slug: SLUGS.structures,
  labels: {
    singular: { fr: 'Structure', en: 'Structure' },
    plural: { fr: 'Structures', en: 'Structures' },
  },
  admin: {
    group: GROUPS.structures,
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'parent', 'city', 'postalCodes'],
    listSearchableFields: ['name', 'city', 'email'],
    description: {
      fr: "L'arbre des organisations : régions, Missions Locales et antennes, académies et DABM, établissements, employeurs, partenaires.",
      en: 'The tree of organisations.',
    },
  },
  endpoints: [movePostalCodesEndpoint],
  access: {
    read: anyOf(inScope, directoryTypes, followingStructureOfAccount),
    create: manage,
    update: manage,
    delete: manage,
  },
  hooks: {
    beforeChange: [
      guardStructureType,
      guardStructureScope({ field: 'parent', message: 'La structure parente doit faire partie de vos structures.' }),
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true, maxLength: 200, index: true },
    {
      name: 'type',
      type: 'select',
      label: { fr: 'Type', en: 'Type' },
      required: true,
      options: STRUCTURE_TYPE_OPTIONS,
      index: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: SLUGS.structures,
      label: { fr: 'Structure parente', en: 'Parent structure' },
      index: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: keepUnchangedRelationship,
    },
    {
      name: 'postalCodes',
      type: 'text',
      hasMany: true,
      label: { fr: 'Codes postaux couverts', en: 'Covered postal codes' },
      admin: {
        condition: (data) => data?.type === 'mission-locale',
        description: { fr: 'Zone de couverture de la Mission Locale (5 chiffres).', en: 'Coverage zone.' },
      },
      validate: validatePostalCodeCoverage,
    },
    {
      name: 'movePostalCodes',
      type: 'ui',
      label: { fr: 'Céder des communes', en: 'Hand over postal codes' },
      admin: {
        components: { Field: '/plugins/core/components/MovePostalCodesPanel#MovePostalCodesPanel' },
        // Administrators, on an existing Mission Locale (the endpoint decides for good).
        condition: (data, _siblings, { user }) => Boolean(data?.id) && data?.type === 'mission-locale' && userOpensSection(asPrincipal(user), 'administration'),
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', label: { fr: 'Adresse', en: 'Street' }, maxLength: 300 },
        { name: 'postalCode', type: 'text', label: { fr: 'Code postal', en: 'Postal code' }, maxLength: 5 },
        { name: 'city', type: 'text', label: { fr: 'Ville', en: 'City' }, maxLength: 120, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: { fr: 'E-mail de contact', en: 'Contact e-mail' } },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' }, validate: validatePhone },
        { name: 'website', type: 'text', label: { fr: 'Site web', en: 'Website' }, maxLength: 300 },
      ],
    },
  ],
}
