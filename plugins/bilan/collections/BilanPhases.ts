import type { CollectionConfig } from 'payload'

import { GROUPS } from '../../../collections/slugs'
import { hiddenUnless, opensSection } from '../../../src/kernel/access'
import { editPhases, readPhases } from '../access/phaseAccess'
import { validateQuestions } from '../hooks/validateQuestions'
import { BILAN_SLUGS, QUESTION_TYPE_OPTIONS } from '../slugs'

/**
 * The phases of Mon Bilan en Ligne: a page of content and the form the candidate fills in.
 * Drafts let a lead counsellor prepare a change and publish it when ready; answers already
 * given keep the question text they answered (see bilan-steps).
 */
export const BilanPhases: CollectionConfig = {
  slug: BILAN_SLUGS.phases,
  labels: {
    singular: { fr: 'Phase de bilan', en: 'Assessment phase' },
    plural: { fr: 'Phases du bilan', en: 'Assessment phases' },
  },
  admin: {
    group: GROUPS.bilan,
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', '_status', 'updatedAt'],
    listSearchableFields: ['title'],
    hidden: hiddenUnless({ sections: ['bilan'] }),
    description: {
      fr: 'Les conseillers référents modifient les intitulés, les pages et les formulaires des phases, puis publient.',
      en: 'Lead counsellors edit and publish the phases.',
    },
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: readPhases,
    readVersions: editPhases,
    create: editPhases,
    update: editPhases,
    delete: opensSection('administration'),
  },
  hooks: { beforeValidate: [validateQuestions] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'order',
          type: 'number',
          label: { fr: 'Ordre', en: 'Order' },
          required: true,
          index: true,
          min: 1,
          admin: { width: '20%', description: { fr: 'Position de la phase dans le bilan.', en: 'Position in the bilan.' } },
        },
        { name: 'title', type: 'text', label: { fr: 'Intitulé de la phase', en: 'Title' }, required: true, maxLength: 200 },
      ],
    },
    {
      name: 'content',
      type: 'richText',
      label: { fr: 'Contenu de la page', en: 'Page content' },
      admin: { description: { fr: 'Titres, listes, liens et images de la médiathèque.', en: 'Headings, lists, links, images.' } },
    },
    {
      name: 'questions',
      type: 'array',
      label: { fr: 'Formulaire de la phase', en: 'Form' },
      labels: { singular: { fr: 'Question', en: 'Question' }, plural: { fr: 'Questions', en: 'Questions' } },
      admin: { initCollapsed: true, components: { RowLabel: '/plugins/bilan/components/QuestionRowLabel#QuestionRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              label: { fr: 'Clé', en: 'Key' },
              required: true,
              maxLength: 60,
              admin: { width: '30%', description: { fr: 'Identifiant stable de la réponse (a-z, 0-9, -).', en: 'Stable answer key.' } },
            },
            { name: 'type', type: 'select', label: { fr: 'Type', en: 'Type' }, required: true, defaultValue: 'long-text', options: QUESTION_TYPE_OPTIONS },
            { name: 'required', type: 'checkbox', label: { fr: 'Réponse obligatoire', en: 'Required' }, defaultValue: false },
          ],
        },
        { name: 'label', type: 'textarea', label: { fr: 'Question posée', en: 'Question' }, required: true, maxLength: 1000 },
        {
          name: 'options',
          type: 'array',
          label: { fr: 'Choix proposés', en: 'Options' },
          admin: { condition: (_, sibling) => sibling?.type === 'choice' },
          fields: [{ name: 'value', type: 'text', label: { fr: 'Choix', en: 'Option' }, required: true, maxLength: 200 }],
        },
      ],
    },
  ],
}
