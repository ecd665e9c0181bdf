import type { Where } from 'payload'

import { CONTRACT_TYPES, SECTORS } from '../../../../../plugins/placement/collections/options'

export { CONTRACT_TYPES, SECTORS }

export type OfferFilters = { q?: string; departement?: string; secteur?: string; contrat?: string }

/**
 * The filters staff have on the offers list (words in the title, reference or company; department;
 * sector; contract type), as a `where` of the public API. Unknown values are dropped, not sent.
 */
export const offersWhere = ({ q, departement, secteur, contrat }: OfferFilters): Where => {
  const and: Where[] = [{ publication: { equals: 'published' } }]
  const words = q?.trim().slice(0, 100)
  if (words) and.push({ or: [{ title: { like: words } }, { reference: { like: words } }, { employerName: { like: words } }] })
  if (departement && /^\d[\dAB]\d?$/.test(departement.trim())) and.push({ department: { equals: departement.trim() } })
  if (secteur && SECTORS.some((option) => option.value === secteur)) and.push({ sector: { equals: secteur } })
  if (contrat && CONTRACT_TYPES.some((option) => option.value === contrat)) and.push({ contractType: { equals: contrat } })
  return { and }
}

export const optionLabel = (options: { value: string; label: { fr: string } }[], value: unknown) => options.find((option) => option.value === value)?.label.fr ?? '—'
