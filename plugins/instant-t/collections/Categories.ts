import type { CollectionConfig } from 'payload'

import { GROUPS } from '../../../collections/slugs'
import { hiddenUnless } from '../../../src/kernel/access'
import { dropOnWrite } from '../../../src/kernel/cache/watchedCache'
import { manageQuestionnaire, readQuestionnaire } from '../access'
import { QUESTIONNAIRE_EDITED } from '../operations/askedQuestionnaire'
import { INSTANT_T_SLUGS } from '../slugs'

/** A category of the questionnaire (Emploi, Formation…): results are scored per category. */
export const Categories: CollectionConfig = {
  slug: INSTANT_T_SLUGS.categories,
  labels: {
    singular: { fr: 'Catégorie Instant-T', en: 'Instant-T category' },
    plural: { fr: 'Catégories Instant-T', en: 'Instant-T categories' },
  },
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'active', 'updatedAt'],
    listSearchableFields: ['name'],
    hidden: hiddenUnless({ sections: ['administration'] }),
    description: {
      fr: 'Les rubriques du questionnaire. Modifier une catégorie ne change pas les résultats déjà enregistrés.',
      en: 'Questionnaire categories. Editing one never changes stored results.',
    },
  },
  defaultSort: 'order',
  access: { read: readQuestionnaire, create: manageQuestionnaire, update: manageQuestionnaire, delete: manageQuestionnaire },
  // The questionnaire is served from memory (../operations/askedQuestionnaire): an edit drops it.
  hooks: dropOnWrite(QUESTIONNAIRE_EDITED),
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 100, label: { fr: 'Nom', en: 'Name' } },
    { name: 'order', type: 'number', required: true, defaultValue: 0, index: true, label: { fr: 'Ordre', en: 'Order' } },
    { name: 'description', type: 'textarea', maxLength: 1000, label: { fr: 'Description', en: 'Description' } },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { fr: 'Active', en: 'Active' },
      admin: { position: 'sidebar', description: { fr: 'Une catégorie inactive et ses questions ne sont plus proposées.', en: 'Inactive: not asked.' } },
    },
  ],
}
