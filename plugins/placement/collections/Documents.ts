import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyOf, isAccount, opensSection } from '../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { candidateOrEstablishmentStaff, employerOf, hiddenFromEmployers, hiddenOutsidePlacement } from '../access'
import { establishmentField } from '../fields/candidateFields'
import { stampDocumentOwner } from '../hooks/stampDocumentOwner'
import { PLACEMENT_SLUGS } from '../slugs'
import { DOCUMENT_TYPES } from './options'

/** Candidate, or staff of their establishment. */
const manageDocuments = candidateOrEstablishmentStaff

/**
 * A candidate's CVs, cover letters and other files (seed 004, "Gère ses documents"). Files are
 * served only through `/api/documents/file/…`, which applies the read access below: no public
 * URL. An employer reads a document once a candidature sent to their company carries it.
 */
export const Documents: CollectionConfig = {
  slug: PLACEMENT_SLUGS.documents,
  labels: { singular: { fr: 'Document', en: 'Document' }, plural: { fr: 'Documents des candidats', en: 'Candidate documents' } },
  admin: {
    group: GROUPS.placement,
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'account', 'filename', 'updatedAt'],
    listSearchableFields: ['title', 'filename'],
    hidden: hiddenOutsidePlacement,
  },
  defaultSort: '-updatedAt',
  indexes: [{ fields: ['account', 'type'] }],
  access: {
    read: anyOf(manageDocuments, employerOf('sharedWithEmployers')),
    create: anyOf(isAccount, opensSection('placement')),
    update: manageDocuments,
    delete: manageDocuments,
  },
  hooks: { beforeChange: [stampDocumentOwner] },
  upload: {
    staticDir: path.resolve(process.env.DOCUMENTS_DIR ?? path.join(path.dirname(path.resolve(process.env.MEDIA_DIR ?? '.data/media')), 'documents')),
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.text',
      'image/png',
      'image/jpeg',
      'image/webp',
    ],
    // Previews for images (sharp); other files keep their own icon.
    imageSizes: [{ name: 'preview', width: 320 }],
    adminThumbnail: 'preview',
    focalPoint: false,
    crop: false,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } },
    { name: 'type', type: 'select', required: true, defaultValue: 'cv', options: DOCUMENT_TYPES, index: true, label: { fr: 'Type de document', en: 'Type' } },
    {
      name: 'account',
      type: 'relationship',
      relationTo: SLUGS.accounts,
      index: true,
      label: { fr: 'Candidat', en: 'Candidate' },
      access: { read: hiddenFromEmployers, update: () => false },
      admin: { position: 'sidebar' },
    },
    establishmentField,
    {
      name: 'sharedWithEmployers',
      type: 'relationship',
      relationTo: SLUGS.structures,
      hasMany: true,
      index: true,
      label: { fr: 'Transmis aux entreprises', en: 'Shared with companies' },
      access: { read: hiddenFromEmployers, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: { fr: 'Entreprises ayant reçu ce document avec une candidature.', en: 'Companies that received it.' } },
    },
  ],
}
