import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { allOf, hiddenUnless, inUserStructures, isStaff, opensSection } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { invalidField } from '../../../src/kernel/lib/errors'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { MERGE_FIELDS, unknownMergeFields } from '../mergeFields'
import { LETTERS_SLUGS } from '../slugs'
import { letterTemplateEndpoints } from '../endpoints/letterEndpoints'

const AVAILABLE = Object.keys(MERGE_FIELDS)
  .map((field) => `{{${field}}}`)
  .join(', ')

/** A merge field that does not exist is refused when the template is saved, not when it is printed (issue 17). */
const refuseUnknownMergeFields: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  if (!data || !('body' in data)) return data
  const unknown = unknownMergeFields(data.body)
  if (unknown.length) {
    throw invalidField({
      req,
      collection: collection.slug,
      path: 'body',
      message: `Champ de fusion inconnu : ${unknown.map((field) => `{{${field}}}`).join(', ')}. Champs disponibles : ${AVAILABLE}.`,
    })
  }
  return data
}

const administersStructure = allOf(opensSection('administration'), inUserStructures('structure'))

/**
 * « Les éditions » (seed 003): the letters a structure keeps, rich text with merge fields taken
 * from the young person's record, their counsellor and their structure. The structure's
 * administrators (a region's for every structure below) write them; its staff print them.
 */
export const LetterTemplates: CollectionConfig = {
  slug: LETTERS_SLUGS.templates,
  labels: { singular: { fr: 'Modèle de courrier', en: 'Letter template' }, plural: { fr: 'Modèles de courriers', en: 'Letter templates' } },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'name',
    defaultColumns: ['name', 'structure', 'updatedAt'],
    listSearchableFields: ['name', 'description'],
    description: { fr: 'Les courriers types (éditions) de vos structures, imprimables depuis la fiche d’un jeune ou en nombre.', en: 'Letter templates.' },
    hidden: hiddenUnless({ sections: ['administration', 'accounts', 'cej', 'placement', 'bilan'] }),
  },
  access: {
    read: allOf(isStaff, inUserStructures('structure')),
    create: administersStructure,
    update: administersStructure,
    delete: administersStructure,
  },
  endpoints: letterTemplateEndpoints,
  hooks: {
    beforeValidate: [refuseUnknownMergeFields],
    beforeChange: [guardStructureScope({ field: 'structure', message: 'Vous ne pouvez enregistrer un modèle que pour une structure que vous administrez.' })],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, index: true, label: { fr: 'Nom du modèle', en: 'Name' } },
    { name: 'description', type: 'textarea', maxLength: 1000, label: { fr: 'Description', en: 'Description' } },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      required: true,
      index: true,
      label: { fr: 'Structure', en: 'Structure' },
      admin: { position: 'sidebar', description: { fr: 'Le logo de ses paramètres figure en tête du courrier.', en: 'Its logo heads the letter.' } },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      label: { fr: 'Texte du courrier', en: 'Body' },
      admin: { description: { fr: `Champs de fusion, à écrire entre doubles accolades : ${AVAILABLE}.`, en: 'Merge fields between double braces.' } },
    },
  ],
}
