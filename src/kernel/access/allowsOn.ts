import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Does `access` let the caller act on this one document? A boolean answers directly; a `Where`
 * is matched against the stored document (one count in the database).
 */
export const allowsOn = async ({
  access,
  req,
  collection,
  doc,
}: {
  access: Access
  req: PayloadRequest
  collection: CollectionSlug
  doc: { id: number | string }
}): Promise<boolean> => {
  if (!req.user) return false
  const result = await access({ req, id: doc.id as number, data: doc })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: doc.id } }, result as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
