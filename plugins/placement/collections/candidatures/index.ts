import type { CollectionConfig } from 'payload'

import { allOf, anyOf, isAccount, isSuperAdmin } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { candidaturesSentToEmployer, establishmentStaffOn, hiddenOutsidePlacementAndEmployers, ownedByCandidate, readOwnCandidacies, stillEditable } from '../../access'
import { candidatureBannersEndpoint } from '../../endpoints/candidatureBanners'
import { attachCandidate } from '../../hooks/attachCandidate'
import { checkChosenDocuments } from '../../hooks/checkChosenDocuments'
import { resolveCandidatureTarget } from '../../hooks/resolveCandidatureTarget'
import { shareDocumentsWhenSent, stampSentAt } from '../../hooks/stampSentAt'
import { PLACEMENT_SLUGS } from '../../slugs'
import { CANDIDATURE_KINDS } from '../options'
import { candidateFields } from '../../fields/candidateFields'

const fixedAfterCreation = { update: () => false }

/**
 * A candidate's application to an offer or a spontaneous one to a company (seed 004). The
 * employer reads only what the manual says is sent: message, CV and cover letter, with the
 * candidate's name; the account, the establishment and everything else stay hidden.
 */
export const Candidatures: CollectionConfig = {
  slug: PLACEMENT_SLUGS.candidatures,
  labels: { singular: { fr: 'Candidature', en: 'Application' }, plural: { fr: 'Candidatures', en: 'Applications' } },
  admin: {
    group: GROUPS.placement,
    hidden: hiddenOutsidePlacementAndEmployers,
    useAsTitle: 'title',
    defaultColumns: ['candidateName', 'title', 'kind', 'sentAt', 'status', 'updatedAt'],
    listSearchableFields: ['candidateName', 'title'],
    description: {
      fr: 'Les candidatures de vos candidats : filtrez par statut, candidat ou type.',
      en: 'Applications of your candidates.',
    },
  },
  defaultSort: '-updatedAt',
  indexes: [{ fields: ['structure', 'createdAt'] }, { fields: ['employer', 'status'] }],
  access: {
    read: readOwnCandidacies(candidaturesSentToEmployer),
    create: anyOf(isSuperAdmin, isAccount),
    // Message and documents change until the candidature is sent, by the candidate or their referents.
    update: anyOf(isSuperAdmin, allOf(anyOf(ownedByCandidate, establishmentStaffOn('structure')), stillEditable)),
    delete: anyOf(isSuperAdmin, allOf(anyOf(ownedByCandidate, establishmentStaffOn('structure')), stillEditable)),
  },
  endpoints: [candidatureBannersEndpoint],
  hooks: {
    beforeChange: [attachCandidate, resolveCandidatureTarget, checkChosenDocuments, stampSentAt],
    afterChange: [shareDocumentsWhenSent],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { fr: 'Candidature', en: 'Application' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          options: CANDIDATURE_KINDS,
          index: true,
          label: { fr: 'Type de candidature', en: 'Kind' },
          access: { create: () => false, update: () => false },
          admin: { readOnly: true },
        },
        { name: 'sentAt', type: 'date', index: true, label: { fr: "Date d'envoi", en: 'Sent at' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'offer', type: 'relationship', relationTo: PLACEMENT_SLUGS.offers, index: true, label: { fr: 'Offre', en: 'Offer' }, access: fixedAfterCreation },
    {
      name: 'employer',
      type: 'relationship',
      relationTo: SLUGS.structures,
      index: true,
      label: { fr: 'Employeur', en: 'Employer' },
      access: fixedAfterCreation,
      admin: { description: { fr: "Pour une candidature spontanée ; sinon, l'entreprise de l'offre.", en: 'For a spontaneous application.' } },
    },
    { name: 'candidateName', type: 'text', index: true, label: { fr: 'Candidat', en: 'Candidate' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    { name: 'message', type: 'textarea', required: true, maxLength: 5000, label: { fr: "Message pour l'employeur", en: 'Message for the employer' } },
    {
      type: 'row',
      fields: [
        { name: 'cv', type: 'relationship', relationTo: PLACEMENT_SLUGS.documents, label: { fr: 'CV du candidat', en: 'CV' }, filterOptions: { type: { equals: 'cv' } } },
        { name: 'coverLetter', type: 'relationship', relationTo: PLACEMENT_SLUGS.documents, label: { fr: 'Lettre de motivation du candidat', en: 'Cover letter' }, filterOptions: { type: { equals: 'cover-letter' } } },
      ],
    },
    ...candidateFields,
  ],
}
