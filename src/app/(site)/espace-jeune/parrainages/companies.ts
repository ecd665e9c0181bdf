import type { TremplinClient } from '../../../../client'

/**
 * The companies a candidate can ask for a parrainage, by structure id: those whose published
 * offers they can read (the API shows no company directory to candidates).
 */
export const companiesFor = async (client: TremplinClient) => {
  const offers = await client.sdk.find({ collection: 'offers', where: { publication: { equals: 'published' } }, depth: 0, limit: 200, select: { structure: true, employerName: true } })
  const byId = new Map(offers.docs.map((offer) => [Number(offer.structure), offer.employerName ?? `Entreprise ${offer.structure}`]))
  return [...byId.entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'))
}
