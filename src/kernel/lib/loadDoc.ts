import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** A stored document of a collection the caller names at run time (a slug held in a variable), read loosely. */
export type AnyDoc = { id: number } & Record<string, any>

/**
 * One document at depth 0, or null. `asCaller` applies the caller's read access (a user may
 * only attach what they can read); otherwise the system reads it.
 */
export const loadDoc = async ({
  req,
  collection,
  id,
  asCaller = false,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
  asCaller?: boolean
}): Promise<AnyDoc | null> =>
  (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    req,
    overrideAccess: !(asCaller && req.user),
    user: asCaller ? req.user : undefined,
    disableErrors: true,
  })) as AnyDoc | null

/** Documents matching `where`, read by the system. */
export const findDocs = async ({ req, collection, where, limit = 1000, sort }: { req: PayloadRequest; collection: CollectionSlug; where: Where; limit?: number; sort?: string }) =>
  (await req.payload.find({ collection, where, depth: 0, limit, sort, overrideAccess: true, req })).docs as AnyDoc[]
