import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { Field, Plugin } from 'payload'

import { GROUPS, SLUGS } from '../../collections/slugs'
import { anyOf, hiddenUnless, isAnonymous, sectionInStructures } from '../../src/kernel/access'
import { guardStructureScope } from '../../src/kernel/access/guards'
import { submissionStructure } from './hooks/submissionStructure'

/** Options of the forms module. */
export type FormsPluginOptions = {
  /** Address submissions are e-mailed to when a form names none (the form-builder's default). */
  defaultToEmail?: string
}

const FORMS_SLUG = 'forms'

const structureField = (description: string): Field => ({
  name: 'structure',
  type: 'relationship',
  relationTo: SLUGS.structures,
  index: true,
  label: { fr: 'Structure', en: 'Structure' },
  admin: { position: 'sidebar', description: { fr: description, en: description } },
})

/** Staff of the "Formulaires (soumissions)" section, within their structures. */
const formsStaff = sectionInStructures('forms', 'structure')

/**
 * Forms, on the official form-builder: form definitions and their submissions, each scoped
 * by one `structure`. The public site may only post submissions; everything else needs staff
 * of the forms section.
 */
export const formsPlugin = ({ defaultToEmail }: FormsPluginOptions = {}): Plugin =>
  formBuilderPlugin({
    defaultToEmail,
    fields: { payment: false, upload: false },
    formOverrides: {
      slug: FORMS_SLUG,
      labels: { singular: { fr: 'Formulaire', en: 'Form' }, plural: { fr: 'Formulaires', en: 'Forms' } },
      admin: {
        group: GROUPS.forms,
        useAsTitle: 'title',
        defaultColumns: ['title', 'structure', 'updatedAt'],
        listSearchableFields: ['title'],
        hidden: hiddenUnless({ sections: ['forms'] }),
      },
      access: { read: formsStaff, create: formsStaff, update: formsStaff, delete: formsStaff },
      hooks: { beforeChange: [guardStructureScope({ field: 'structure', message: 'Un formulaire ne peut appartenir qu’à vos structures.' })] },
      fields: ({ defaultFields }) => [...defaultFields, { ...structureField('La structure dont relèvent ce formulaire et ses réponses.'), required: true }],
    },
    formSubmissionOverrides: {
      slug: 'form-submissions',
      labels: {
        singular: { fr: 'Soumission de formulaire', en: 'Form submission' },
        plural: { fr: 'Formulaires (soumissions)', en: 'Form submissions' },
      },
      admin: {
        group: GROUPS.forms,
        defaultColumns: ['form', 'structure', 'createdAt'],
        hidden: hiddenUnless({ sections: ['forms'] }),
      },
      access: {
        read: formsStaff,
        // The public site posts a form anonymously; staff may record one for a form they manage.
        create: anyOf(isAnonymous, formsStaff),
        update: () => false,
        delete: formsStaff,
      },
      hooks: { beforeChange: [submissionStructure({ formsSlug: FORMS_SLUG })] },
      fields: ({ defaultFields }) => [
        ...defaultFields,
        {
          ...structureField('Celle du formulaire, attribuée automatiquement.'),
          admin: { position: 'sidebar', readOnly: true },
        } as Field,
      ],
    },
  })
