import type { CollectionConfig } from 'payload'

import { GROUPS } from '../../../collections/slugs'
import { hiddenUnless } from '../../../src/kernel/access'
import { dropOnWrite } from '../../../src/kernel/cache/watchedCache'
import { manageQuestionnaire, readQuestionnaire } from '../access'
import { QUESTIONNAIRE_EDITED } from '../operations/askedQuestionnaire'
import { INSTANT_T_SLUGS } from '../slugs'

/** A question of one category, with its ordered options; each option is worth some points. */
export const Questions: CollectionConfig = {
  slug: INSTANT_T_SLUGS.questions,
  labels: {
    singular: { fr: 'Question Instant-T', en: 'Instant-T question' },
    plural: { fr: 'Questions Instant-T', en: 'Instant-T questions' },
  },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'text',
    defaultColumns: ['text', 'category', 'order', 'active'],
    listSearchableFields: ['text'],
    hidden: hiddenUnless({ sections: ['administration'] }),
    description: {
      fr: 'Le score maximal d’une catégorie est la somme des meilleures options de ses questions. Les résultats déjà enregistrés gardent la question telle qu’elle a été posée.',
      en: 'Stored results keep each question as it was asked.',
    },
  },
  defaultSort: 'order',
  access: { read: readQuestionnaire, create: manageQuestionnaire, update: manageQuestionnaire, delete: manageQuestionnaire },
  // The questionnaire is served from memory (../operations/askedQuestionnaire): an edit drops it.
  hooks: dropOnWrite(QUESTIONNAIRE_EDITED),
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 500, label: { fr: 'Question', en: 'Question' } },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'relationship',
          relationTo: INSTANT_T_SLUGS.categories,
          required: true,
          index: true,
          label: { fr: 'Catégorie', en: 'Category' },
        },
        { name: 'order', type: 'number', required: true, defaultValue: 0, label: { fr: 'Ordre', en: 'Order' } },
      ],
    },
    {
      name: 'options',
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: 10,
      label: { fr: 'Réponses proposées', en: 'Options' },
      labels: { singular: { fr: 'Réponse', en: 'Option' }, plural: { fr: 'Réponses', en: 'Options' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, maxLength: 200, label: { fr: 'Libellé', en: 'Label' } },
            { name: 'points', type: 'number', required: true, min: 0, max: 100, defaultValue: 0, label: { fr: 'Points', en: 'Points' } },
          ],
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { fr: 'Active', en: 'Active' },
      admin: { position: 'sidebar' },
    },
  ],
}
