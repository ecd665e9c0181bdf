import type { PayloadRequest } from 'payload'

/** The Mission Locale whose coverage zone holds this postal code, if any. */
export const findMissionLocaleByPostalCode = async ({ req, postalCode }: { req: PayloadRequest; postalCode: string }) => {
  const { docs } = await req.payload.find({
    collection: 'structures',
    where: { and: [{ type: { equals: 'mission-locale' } }, { postalCodes: { in: [postalCode] } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}
