import type { CollectionConfig, FieldAccess } from 'payload'

import { GROUPS, SLUGS } from '../../../collections/slugs'
import { asPrincipal, hiddenUnless, isAccountUser, nobody, staffField } from '../../../src/kernel/access'
import { readBilans, updateSteps } from '../access/bilanAccess'
import { mergeAnswersAndComments } from '../hooks/mergeAnswersAndComments'
import { BILAN_SLUGS, collectionSlug } from '../slugs'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

const systemOnly: FieldAccess = () => false

/** Only the candidate writes their answers (the collection access makes sure they are theirs). */
const candidateField: FieldAccess = ({ req }) => isAccountUser(asPrincipal(req.user))

const systemField = { create: systemOnly, update: systemOnly }

/**
 * One chosen phase of one bilan: its progress (`bilan-phase` machine), the candidate's answers
 * keyed by question key, the question as it was worded when answered, and the counsellor's
 * comment on each answer. Created and removed with the bilan's chosen phases.
 */
export const BilanSteps: CollectionConfig = {
  slug: BILAN_SLUGS.steps,
  labels: {
    singular: { fr: 'Phase d’un bilan', en: 'Assessment step' },
    plural: { fr: 'Avancement des bilans', en: 'Assessment steps' },
  },
  admin: {
    group: GROUPS.bilan,
    useAsTitle: 'title',
    defaultColumns: ['title', 'bilan', 'status', 'submittedAt', 'completedAt'],
    listSearchableFields: ['title'],
    hidden: hiddenUnless({ sections: ['bilan'] }),
  },
  defaultSort: 'order',
  indexes: [{ fields: ['structure', 'createdAt'] }, { fields: ['bilan', 'phase'], unique: true }],
  access: { read: readBilans, create: nobody, update: updateSteps, delete: nobody },
  hooks: { beforeChange: [mergeAnswersAndComments] },
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Phase', en: 'Phase' }, access: systemField, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'bilan', type: 'relationship', relationTo: collectionSlug(BILAN_SLUGS.bilans), required: true, custom: DELETED_WITH_TARGET, index: true, label: { fr: 'Bilan', en: 'Assessment' }, access: systemField, admin: { readOnly: true } },
        { name: 'phase', type: 'relationship', relationTo: collectionSlug(BILAN_SLUGS.phases), required: true, label: { fr: 'Phase', en: 'Phase' }, access: systemField, admin: { readOnly: true } },
        { name: 'order', type: 'number', label: { fr: 'Ordre', en: 'Order' }, access: systemField, admin: { readOnly: true, hidden: true } },
      ],
    },
    {
      name: 'answers',
      type: 'json',
      label: { fr: 'Réponses du candidat', en: 'Answers' },
      access: { create: systemOnly, update: candidateField },
      // Shown, question by question, beside the counsellor's comments.
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'answeredQuestions',
      type: 'json',
      label: { fr: 'Questions telles que posées', en: 'Questions as answered' },
      access: systemField,
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'comments',
      type: 'json',
      label: { fr: 'Commentaires du conseiller', en: 'Counsellor comments' },
      access: { create: systemOnly, update: staffField },
      admin: { components: { Field: '/plugins/bilan/components/CommentsField#CommentsField' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'submittedAt', type: 'date', label: { fr: 'Soumise le', en: 'Submitted at' }, access: systemField, admin: { readOnly: true } },
        { name: 'completedAt', type: 'date', label: { fr: 'Terminée le', en: 'Completed at' }, access: systemField, admin: { readOnly: true } },
      ],
    },
    { name: 'candidate', type: 'relationship', relationTo: SLUGS.accounts, index: true, label: { fr: 'Candidat', en: 'Candidate' }, access: systemField, admin: { position: 'sidebar', readOnly: true } },
    { name: 'counsellor', type: 'relationship', relationTo: SLUGS.users, index: true, label: { fr: 'Conseiller', en: 'Counsellor' }, access: systemField, admin: { position: 'sidebar', readOnly: true } },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, label: { fr: 'DABM', en: 'DABM' }, access: systemField, admin: { position: 'sidebar', readOnly: true } },
  ],
}
