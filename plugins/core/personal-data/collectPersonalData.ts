import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { isCollectionSlug } from '../../../src/kernel/lib/collectionSlug'

/** One collection's records about the person, with the collection's French name for the PDF. */
export type PersonalDataSection = { collection: string; label: string; docs: Record<string, unknown>[] }

export type PersonalData = { exportedAt: string; account: Record<string, unknown>; sections: PersonalDataSection[] }

/** Collections that hold nothing personal even though they point at accounts (history rows are shown by the record they follow). */
const SKIPPED = new Set<string>([SLUGS.accounts, 'payload-locked-documents', 'payload-preferences', 'payload-jobs'])

const pointsAtAccounts = (field: Field): boolean =>
  'relationTo' in field && (Array.isArray(field.relationTo) ? field.relationTo.includes(SLUGS.accounts) : field.relationTo === SLUGS.accounts)

/**
 * The collections that may hold a young person's data: those with a top-level relationship to
 * `accounts` (their owner, recipient, author, participant…). Read from the running config, so a
 * module left out of a deployment is left out of the export, and a new module is in it at once.
 */
export const personalDataCollections = (collections: CollectionConfig[]) =>
  collections.filter((collection) => !SKIPPED.has(collection.slug) && collection.fields.some(pointsAtAccounts))

const labelOf = (collection: CollectionConfig) => {
  const plural = collection.labels?.plural
  if (typeof plural === 'string') return plural
  if (plural && typeof plural === 'object' && 'fr' in plural) return String((plural as Record<string, string>).fr)
  return collection.slug
}

const PAGE = 500

/** No read access at all to a collection: nothing of this kind is theirs to see. Any other failure is a real one. */
const nothingWhenForbidden = (error: unknown) => {
  if ((error as { status?: number }).status === 403) return null
  throw error
}

/**
 * Everything the platform holds on the logged-in young person, read *as them* (`overrideAccess:
 * false`): exactly what their own access lets them read, never a record of somebody else.
 */
export const collectPersonalData = async ({ req }: { req: PayloadRequest }): Promise<PersonalData> => {
  const user = req.user!
  const account = await req.payload.findByID({ collection: SLUGS.accounts, id: user.id, depth: 0, overrideAccess: false, user, req })
  const sections: PersonalDataSection[] = []
  for (const collection of personalDataCollections(req.payload.config.collections)) {
    const docs: Record<string, unknown>[] = []
    for (let page = 1; ; page++) {
      if (!isCollectionSlug(req.payload, collection.slug)) break
      const found = await req.payload
        .find({ collection: collection.slug, depth: 0, limit: PAGE, page, sort: 'createdAt', overrideAccess: false, user, req })
        .catch(nothingWhenForbidden)
      if (!found) break
      docs.push(...(found.docs as unknown as Record<string, unknown>[]))
      if (!found.hasNextPage) break
    }
    if (docs.length) sections.push({ collection: collection.slug, label: labelOf(collection), docs })
  }
  return { exportedAt: new Date().toISOString(), account: account as unknown as Record<string, unknown>, sections }
}
