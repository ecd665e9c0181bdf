import type { CollectionConfig } from 'payload'

import { allOf, anyOf, isAccount, isSuperAdmin } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { establishmentStaffOn, hiddenOutsidePlacementAndEmployers, ownedByCandidate, parrainagesSentToEmployer, readOwnCandidacies } from '../../access'
import type { AccessFn } from '../../../../src/kernel/access'
import { attachCandidate } from '../../hooks/attachCandidate'
import { resolveParrainageEmployer } from '../../hooks/resolveParrainageEmployer'
import { PLACEMENT_SLUGS } from '../../slugs'
import { candidateFields } from '../../fields/candidateFields'

const awaitingValidation: AccessFn = () => ({ status: { equals: 'awaiting-validation' } })

/**
 * A candidate asks a company for a sponsor (seed 004, "Le parrainage"); a referent edits and
 * validates it, which sends it to the company. Employers see it once validated.
 */
export const Parrainages: CollectionConfig = {
  slug: PLACEMENT_SLUGS.parrainages,
  labels: { singular: { fr: 'Demande de parrainage', en: 'Sponsorship request' }, plural: { fr: 'Demandes de parrainage', en: 'Sponsorship requests' } },
  admin: {
    group: GROUPS.placement,
    hidden: hiddenOutsidePlacementAndEmployers,
    useAsTitle: 'title',
    defaultColumns: ['title', 'candidateName', 'employer', 'status', 'createdAt'],
    listSearchableFields: ['title', 'candidateName'],
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['structure', 'createdAt'] }],
  access: {
    read: readOwnCandidacies(parrainagesSentToEmployer),
    create: anyOf(isSuperAdmin, isAccount),
    update: anyOf(isSuperAdmin, allOf(anyOf(ownedByCandidate, establishmentStaffOn('structure')), awaitingValidation)),
    delete: anyOf(isSuperAdmin, allOf(anyOf(ownedByCandidate, establishmentStaffOn('structure')), awaitingValidation)),
  },
  hooks: { beforeChange: [attachCandidate, resolveParrainageEmployer] },
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Demande', en: 'Request' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    {
      name: 'employer',
      type: 'relationship',
      relationTo: SLUGS.structures,
      required: true,
      index: true,
      label: { fr: 'Entreprise', en: 'Company' },
      access: { update: () => false },
    },
    { name: 'candidateName', type: 'text', index: true, label: { fr: 'Candidat', en: 'Candidate' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    { name: 'message', type: 'textarea', required: true, maxLength: 5000, label: { fr: "Message pour l'employeur", en: 'Message for the employer' } },
    ...candidateFields,
  ],
}
