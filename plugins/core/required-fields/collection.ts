import type { CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import { ACCOUNT_ROLES, allOf, hasRole, hiddenUnless, inOrAboveUserStructures, inUserStructures, opensSection } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { invalidField } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { REQUIRABLE_FIELD_OPTIONS, REQUIRED_FIELDS_SLUG, RULE_LEVELS } from './fields'
import { applicableRequiredFieldsEndpoint } from './endpoint'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

/** A rule is set on a region (« au niveau régional ») or a Mission Locale (« localement »), nowhere else. */
const onARuleLevel: CollectionBeforeChangeHook = async ({ data, req }) => {
  const id = relationId(data.structure)
  if (!id) return data
  const structure = await req.payload.findByID({ collection: SLUGS.structures, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!structure || !(RULE_LEVELS as readonly string[]).includes(structure.type as string)) {
    throw invalidField({ req, collection: REQUIRED_FIELDS_SLUG, path: 'structure', message: 'Les champs obligatoires se règlent sur une région ou une Mission Locale.' })
  }
  return data
}

/** The rule's structure (its type), read once per request per structure. */
const ruleStructure = (req: PayloadRequest, value: unknown) => {
  const id = relationId(value)
  if (!id) return Promise.resolve(null)
  const cache = (req.context.ruleStructures ??= new Map<number, Promise<{ name?: string | null; type?: string | null } | null>>()) as Map<number, Promise<{ name?: string | null; type?: string | null } | null>>
  if (!cache.has(id)) cache.set(id, req.payload.findByID({ collection: SLUGS.structures, id, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true, type: true }, req }))
  return cache.get(id)!
}

/** Everyone who edits young people's records reads the rules that bind them, up to their region's. */
const editsRecords = hasRole(...ACCOUNT_ROLES)

/**
 * « Les champs obligatoires » (seed 003): the fields of a young person's record one structure
 * requires. A region's rule binds every Mission Locale below it; a Mission Locale adds its own;
 * a record must fill the union (`enforceRequiredFields`). One rule per structure, written by the
 * administrators of that structure (a regional administrator for the region, or for a Mission
 * Locale below it); read by everyone who edits records under it.
 */
export const RequiredFields: CollectionConfig = {
  slug: REQUIRED_FIELDS_SLUG,
  labels: { singular: { fr: 'Champs obligatoires', en: 'Required fields' }, plural: { fr: 'Champs obligatoires', en: 'Required fields' } },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'structureName',
    defaultColumns: ['structure', 'level', 'fields', 'updatedAt'],
    description: {
      fr: "Les champs du dossier d'un jeune à saisir obligatoirement : ceux de la région valent pour toutes ses Missions Locales, chaque Mission Locale ajoute les siens.",
      en: 'Fields of a young person’s record that must be filled.',
    },
    hidden: hiddenUnless({ roles: [...ACCOUNT_ROLES] }),
  },
  access: {
    read: allOf(editsRecords, inOrAboveUserStructures('structure')),
    create: allOf(opensSection('administration'), inUserStructures('structure')),
    update: allOf(opensSection('administration'), inUserStructures('structure')),
    delete: allOf(opensSection('administration'), inUserStructures('structure')),
  },
  endpoints: [applicableRequiredFieldsEndpoint],
  hooks: {
    beforeChange: [guardStructureScope({ field: 'structure', message: 'Vous ne réglez les champs obligatoires que de vos propres structures.' }), onARuleLevel],
  },
  fields: [
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      required: true,
      unique: true,
      // Belongs to its target: deleted with it (see dependentsPlugin).
      custom: DELETED_WITH_TARGET,
      filterOptions: { type: { in: [...RULE_LEVELS] } },
      label: { fr: 'Région ou Mission Locale', en: 'Region or Mission Locale' },
    },
    {
      name: 'fields',
      type: 'select',
      hasMany: true,
      options: REQUIRABLE_FIELD_OPTIONS,
      label: { fr: 'Champs obligatoires du dossier jeune', en: 'Required fields' },
    },
    {
      name: 'structureName',
      type: 'text',
      virtual: 'structure.name',
      admin: { hidden: true },
      label: { fr: 'Structure', en: 'Structure' },
    },
    {
      name: 'level',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        afterRead: [
          async ({ siblingData, req }) => {
            const structure = await ruleStructure(req, siblingData?.structure)
            return structure ? (structure.type === 'region' ? 'Régional' : 'Local (Mission Locale)') : null
          },
        ],
      },
      label: { fr: 'Niveau', en: 'Level' },
    },
  ],
}

