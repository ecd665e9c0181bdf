import type { CollectionConfig } from 'payload'

import { GROUPS, SLUGS } from '../../../collections/slugs'
import { hiddenUnless } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { createBilans, deleteBilans, readBilans, updateBilans } from '../access/bilanAccess'
import { activityCsvEndpoint, activityEndpoint, statisticsEndpoint } from '../endpoints/activity'
import { assignBilanDefaults } from '../hooks/assignBilanDefaults'
import { checkBilanLinks } from '../hooks/checkBilanLinks'
import { syncSteps } from '../hooks/syncSteps'
import { BILAN_SLUGS, collectionSlug, MODALITY_OPTIONS } from '../slugs'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

/** One candidate's bilan: who follows it, where, how, and which phases it goes through. */
export const Bilans: CollectionConfig = {
  slug: BILAN_SLUGS.bilans,
  labels: {
    singular: { fr: 'Bilan', en: 'Assessment' },
    plural: { fr: 'Bilans des candidats', en: 'Assessments' },
  },
  admin: {
    group: GROUPS.bilan,
    useAsTitle: 'title',
    defaultColumns: ['title', 'dabm', 'counsellor', 'modality', 'createdAt'],
    listSearchableFields: ['title'],
    hidden: hiddenUnless({ sections: ['bilan'] }),
  },
  indexes: [{ fields: ['structure', 'createdAt'] }],
  access: { read: readBilans, create: createBilans, update: updateBilans, delete: deleteBilans },
  endpoints: [activityCsvEndpoint, activityEndpoint, statisticsEndpoint],
  hooks: {
    beforeValidate: [assignBilanDefaults],
    beforeChange: [
      guardStructureScope({ field: 'structure', message: "Vous ne pouvez ouvrir un bilan que dans l'un de vos DABM." }),
      checkBilanLinks,
    ],
    afterChange: [syncSteps],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { fr: 'Bilan', en: 'Assessment' },
      admin: { readOnly: true, hidden: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'candidate',
      type: 'relationship',
      relationTo: SLUGS.accounts,
      label: { fr: 'Candidat', en: 'Candidate' },
      required: true,
      // Belongs to its target: deleted with it (see dependentsPlugin).
      custom: DELETED_WITH_TARGET,
      unique: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'counsellor',
          type: 'relationship',
          relationTo: SLUGS.users,
          label: { fr: 'Conseiller', en: 'Counsellor' },
          index: true,
          filterOptions: { roles: { in: ['counsellor', 'lead-counsellor'] } },
          admin: { description: { fr: 'Par défaut, le conseiller qui crée le bilan.', en: 'Defaults to the creator.' } },
        },
        {
          name: 'dabm',
          type: 'relationship',
          relationTo: SLUGS.structures,
          label: { fr: 'DABM', en: 'DABM' },
          filterOptions: { type: { equals: 'dabm' } },
        },
        {
          name: 'modality',
          type: 'select',
          label: { fr: 'Modalité', en: 'Modality' },
          required: true,
          defaultValue: 'on-site',
          options: MODALITY_OPTIONS,
        },
      ],
    },
    {
      name: 'phases',
      type: 'relationship',
      relationTo: collectionSlug(BILAN_SLUGS.phases),
      hasMany: true,
      required: true,
      minRows: 1,
      label: { fr: 'Phases choisies pour ce candidat', en: 'Chosen phases' },
      admin: { description: { fr: 'Les phases sont présentées au candidat dans l’ordre du bilan.', en: 'Shown in the bilan order.' } },
    },
    {
      name: 'steps',
      type: 'join',
      collection: collectionSlug(BILAN_SLUGS.steps),
      on: 'bilan',
      label: { fr: 'Avancement des phases', en: 'Progress' },
      defaultSort: 'order',
      admin: { defaultColumns: ['title', 'status', 'submittedAt', 'completedAt'] },
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: SLUGS.structures,
      label: { fr: 'Structure', en: 'Structure' },
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: { fr: 'Le DABM du bilan (sert au périmètre d’accès).', en: 'Scope.' } },
    },
  ],
}
