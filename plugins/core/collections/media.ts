import path from 'node:path'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { anyOf, asPrincipal, inUserStructures, isStaff, userStructureIds } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { GROUPS, SLUGS } from '../../../collections/slugs'

/** The uploader and their first structure own the file; access to it follows that structure. */
const stampOwner: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  const user = asPrincipal(req.user)
  if (operation === 'create' && user?.collection === 'users') {
    data.uploadedBy = user.id
    data.structure ??= userStructureIds(user)[0]
  }
  return data
}

const uploadedBySelf = ({ req }: { req: { user?: { id: unknown; collection?: string } | null } }) =>
  req.user?.collection === 'users' ? { uploadedBy: { equals: req.user.id } } : false

export const Media: CollectionConfig = {
  slug: SLUGS.media,
  labels: { singular: { fr: 'Média', en: 'Media' }, plural: { fr: 'Médias', en: 'Media' } },
  admin: { group: GROUPS.administration, defaultColumns: ['filename', 'alt', 'structure', 'createdAt'] },
  access: {
    // File URLs (/api/media/file/…) go through this same read access.
    read: anyOf(inUserStructures('structure'), uploadedBySelf),
    create: isStaff,
    update: anyOf(inUserStructures('structure'), uploadedBySelf),
    delete: anyOf(inUserStructures('structure'), uploadedBySelf),
  },
  hooks: { beforeChange: [stampOwner, guardStructureScope({ field: 'structure' })] },
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR ?? '.data/media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'card', width: 640 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: false,
  },
  fields: [
    { name: 'alt', type: 'text', label: { fr: 'Texte alternatif', en: 'Alt text' }, maxLength: 300 },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'Structure', en: 'Structure' }, admin: { position: 'sidebar' } },
    { name: 'uploadedBy', type: 'relationship', relationTo: SLUGS.users, label: { fr: 'Déposé par', en: 'Uploaded by' }, admin: { position: 'sidebar', readOnly: true }, access: { create: () => false, update: () => false } },
  ],
}
