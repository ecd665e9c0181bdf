import type { CollectionConfig } from 'payload'

import { allOf, anyOf, followedByUser, inUserStructures, nobody, opensSection } from '../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { generatedLetterEndpoints } from '../endpoints/letterEndpoints'
import { LETTERS_SLUGS } from '../slugs'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

const readers = anyOf(followedByUser('createdBy'), allOf(opensSection('administration'), inUserStructures('structure')))

/**
 * The letters a batch produced (one PDF per young person), kept until the batch is downloaded as
 * a ZIP or one merged PDF. Written only by the batch's runner; read by whoever started it and
 * the administrators of the young person's structure. The PDF itself only leaves through the
 * download endpoint.
 */
export const GeneratedLetters: CollectionConfig = {
  slug: LETTERS_SLUGS.generated,
  labels: { singular: { fr: 'Courrier généré', en: 'Generated letter' }, plural: { fr: 'Courriers générés', en: 'Generated letters' } },
  admin: { group: GROUPS.administration, hidden: true, useAsTitle: 'fileName', defaultColumns: ['fileName', 'account', 'createdAt'] },
  defaultSort: 'id',
  indexes: [{ fields: ['batch', 'account'], unique: true }],
  access: { read: readers, create: nobody, update: nobody, delete: readers },
  endpoints: generatedLetterEndpoints,
  fields: [
    { name: 'batch', type: 'text', required: true, index: true, label: { fr: 'Lot', en: 'Batch' } },
    { name: 'template', type: 'relationship', relationTo: LETTERS_SLUGS.templates, label: { fr: 'Modèle', en: 'Template' } },
    { name: 'account', type: 'relationship', relationTo: SLUGS.accounts, required: true, custom: DELETED_WITH_TARGET, label: { fr: 'Jeune', en: 'Young person' } },
    { name: 'fileName', type: 'text', required: true, label: { fr: 'Fichier', en: 'File' } },
    // The PDF, base64: a letter is a few kilobytes and lives until its batch is downloaded.
    { name: 'pdf', type: 'textarea', required: true, access: { read: () => false }, admin: { hidden: true } },
    { name: 'createdBy', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Demandé par', en: 'Requested by' } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'Structure', en: 'Structure' } },
  ],
}
