import type { CollectionConfig } from 'payload'

import { hiddenUnless, nobody } from '../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { establishmentStaffOn } from '../access'
import { PLACEMENT_SLUGS } from '../slugs'
import { candidateImportEndpoints } from './endpoints'

const readers = establishmentStaffOn('structure')

/**
 * « Importer de nouveaux étudiants » (seed 004): one uploaded file of candidates for one
 * establishment, with its preview (the valid lines, each line's errors, the e-mails that already
 * have an account) and the bulk operation that imported it. One document per establishment and
 * file content (`fileHash`): uploading the same file again finds it again. Written only by the
 * import endpoints; read by the establishment's staff.
 */
export const CandidateImports: CollectionConfig = {
  slug: PLACEMENT_SLUGS.candidateImports,
  labels: { singular: { fr: 'Import de candidats', en: 'Candidate import' }, plural: { fr: 'Imports de candidats', en: 'Candidate imports' } },
  admin: {
    group: GROUPS.placement,
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'structure', 'lineCount', 'createdBy', 'updatedAt'],
    listSearchableFields: ['fileName'],
    hidden: hiddenUnless({ sections: ['placement'] }),
  },
  defaultSort: '-updatedAt',
  indexes: [{ fields: ['structure', 'fileHash'], unique: true }],
  access: { read: readers, create: nobody, update: nobody, delete: readers },
  endpoints: candidateImportEndpoints,
  fields: [
    { name: 'fileName', type: 'text', required: true, maxLength: 255, label: { fr: 'Fichier', en: 'File' } },
    { name: 'fileHash', type: 'text', required: true, index: true, label: { fr: 'Empreinte du fichier (SHA-256)', en: 'File hash' }, admin: { readOnly: true } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, required: true, index: true, label: { fr: 'Établissement', en: 'Establishment' } },
    { name: 'referent', type: 'relationship', relationTo: SLUGS.users, required: true, label: { fr: 'Référent établissement des candidats', en: 'Referent' } },
    { name: 'createdBy', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Déposé par', en: 'Uploaded by' } },
    { name: 'lineCount', type: 'number', label: { fr: 'Lignes', en: 'Lines' } },
    { name: 'candidates', type: 'json', label: { fr: 'Lignes valides', en: 'Valid lines' } },
    { name: 'lineErrors', type: 'json', label: { fr: 'Erreurs par ligne', en: 'Errors by line' } },
    { name: 'existing', type: 'json', label: { fr: 'Déjà inscrits', en: 'Already registered' } },
    { name: 'operation', type: 'number', label: { fr: 'Opération groupée de l’import', en: 'Bulk operation' } },
  ],
}
