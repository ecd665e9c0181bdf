import type { Field } from 'payload'

import { SLUGS } from '../../../collections/slugs'

/**
 * « Référent » of an offer or of a partner/employer (seed 003): the staff member who follows it.
 * Unsubscribing that person is refused while they still refer one (core's `userObstacles` finds
 * every top-level `referent` relationship to users); « Transferts d'éléments » moves them in bulk.
 */
export const referentField = ({ description, condition }: { description: string; condition?: (data: Record<string, unknown>) => boolean }): Field => ({
  name: 'referent',
  type: 'relationship',
  relationTo: SLUGS.users,
  index: true,
  label: { fr: 'Référent', en: 'Referent' },
  filterOptions: { status: { equals: 'active' } },
  admin: { position: 'sidebar', description: { fr: description, en: 'The staff member who follows it.' }, ...(condition ? { condition: (data) => condition(data ?? {}) } : {}) },
})

/** Structure types that have a referent: partners and employers. */
export const REFERRED_STRUCTURE_TYPES = ['partner', 'employer'] as const
