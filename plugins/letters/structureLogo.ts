import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { SLUGS } from '../../collections/slugs'
import { relationId } from '../../src/kernel/lib/relationId'

/**
 * « la balise <#logo#> qui va chercher l'image placée dans les paramètres de votre structure »
 * (seed 003): the structure's settings gain its logo, an image of the media library.
 */
export const withStructureLogo = (collection: CollectionConfig): CollectionConfig =>
  collection.fields.some((field) => 'name' in field && field.name === 'logo')
    ? collection
    : {
        ...collection,
        fields: [
          ...collection.fields,
          {
            name: 'logo',
            type: 'upload',
            relationTo: SLUGS.media,
            label: { fr: 'Logo (en-tête des courriers)', en: 'Logo (letters header)' },
            admin: { description: { fr: 'Une seule image, qui regroupe au besoin plusieurs logos (PNG ou JPEG de préférence).', en: 'One image.' } },
          },
        ],
      }

/**
 * The logo that heads a letter of `structure`: its own, else the nearest one above it (an
 * antenne prints its Mission Locale's). PNG or JPEG bytes (other images are converted), or null.
 * Files stored in object storage (S3) are not read here: the letter then has no logo.
 */
export const structureLogo = async ({ req, structure }: { req: PayloadRequest; structure: number | null }): Promise<Buffer | null> => {
  const seen = new Set<number>()
  let id = structure
  while (id !== null && !seen.has(id)) {
    seen.add(id)
    const doc = await req.payload.findByID({ collection: 'structures', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!doc) return null
    const media = relationId(doc.logo)
    if (media !== null) return readImage({ req, media })
    id = relationId(doc.parent)
  }
  return null
}

const readImage = async ({ req, media }: { req: PayloadRequest; media: number }): Promise<Buffer | null> => {
  const file = (await req.payload.findByID({ collection: 'media', id: media, depth: 0, overrideAccess: true, disableErrors: true, req })) as { filename?: string | null; mimeType?: string | null } | null
  const staticDir = req.payload.collections.media?.config.upload?.staticDir
  if (!file?.filename || !staticDir) return null
  try {
    const bytes = await readFile(path.join(staticDir, path.basename(file.filename)))
    return file.mimeType === 'image/png' || file.mimeType === 'image/jpeg' ? bytes : await sharp(bytes).png().toBuffer()
  } catch {
    return null
  }
}
