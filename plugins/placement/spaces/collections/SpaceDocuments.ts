import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { allOf, followedByUser, isStaff } from '../../../../src/kernel/access'
import { PLACEMENT_SLUGS } from '../../slugs'
import { hiddenFromNonStaff, inMemberSpaces, SPACES_GROUP } from '../access'
import { requireSpaceMember } from '../hooks/requireSpaceMember'
import { authorField, spaceField } from './spaceFields'

const byItsAuthor = allOf(inMemberSpaces('space'), followedByUser('uploadedBy'))

/**
 * Documents shared in a space. The file is served only by `/api/space-documents/file/…`, which
 * applies the read access below on every request: a member who leaves gets 403 at once.
 */
export const SpaceDocuments: CollectionConfig = {
  slug: PLACEMENT_SLUGS.spaceDocuments,
  labels: { singular: { fr: 'Document partagé', en: 'Shared document' }, plural: { fr: 'Documents partagés', en: 'Shared documents' } },
  admin: {
    group: SPACES_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'space', 'filename', 'uploadedBy', 'updatedAt'],
    listSearchableFields: ['title', 'filename'],
    hidden: hiddenFromNonStaff,
  },
  defaultSort: '-updatedAt',
  access: { read: inMemberSpaces('space'), create: isStaff, update: byItsAuthor, delete: byItsAuthor },
  hooks: { beforeChange: [requireSpaceMember({ authorField: 'uploadedBy' })] },
  upload: {
    staticDir: path.resolve(process.env.SPACE_DOCUMENTS_DIR ?? path.join(path.dirname(path.resolve(process.env.MEDIA_DIR ?? '.data/media')), 'space-documents')),
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.oasis.opendocument.spreadsheet',
      'text/csv',
      'image/png',
      'image/jpeg',
      'image/webp',
    ],
    focalPoint: false,
    crop: false,
  },
  fields: [spaceField, { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } }, authorField('uploadedBy', 'Déposé par')],
}
