import type { Field } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { hiddenFromEmployers } from '../access'

/** The candidate's establishment, set by the server, hidden from employers. */
export const establishmentField: Field = {
  name: 'structure',
  type: 'relationship',
  relationTo: SLUGS.structures,
  index: true,
  label: { fr: 'Établissement', en: 'Establishment' },
  access: { read: hiddenFromEmployers, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}

/**
 * Who a candidature or a parrainage belongs to: the candidate's account and their establishment,
 * both set by the server, both hidden from employers.
 */
export const candidateFields: Field[] = [
  {
    name: 'candidate',
    type: 'relationship',
    relationTo: SLUGS.accounts,
    index: true,
    label: { fr: 'Compte du candidat', en: 'Candidate account' },
    access: { read: hiddenFromEmployers, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  establishmentField,
]
