import type { CollectionConfig, Field } from 'payload'

import { anyOf, isAccount, opensSection } from '../../../../src/kernel/access'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { candidateOrEstablishmentStaff, hiddenOutsidePlacement } from '../../access'
import { establishmentField } from '../../fields/candidateFields'
import { stampDocumentOwner } from '../../hooks/stampDocumentOwner'
import { PLACEMENT_SLUGS } from '../../slugs'
import { draftEndpoints } from '../endpoints/draftEndpoints'
import { fillLetterFromTemplate } from '../hooks/fillLetterFromTemplate'
import { letterTemplateOptions } from '../letterTemplates'
import { DRAFT_KINDS, LANGUAGE_LEVELS } from '../options'

const serverOnly = { create: () => false, update: () => false }
const isCv = (data: Record<string, unknown> | undefined) => data?.kind !== 'cover-letter'
const isLetter = (data: Record<string, unknown> | undefined) => data?.kind === 'cover-letter'

const text = (name: string, fr: string, options: Partial<{ required: boolean; maxLength: number }> = {}): Field => ({
  name,
  type: 'text',
  maxLength: options.maxLength ?? 200,
  required: options.required,
  label: { fr, en: name },
})

const cvFields: Field[] = [
  text('headline', 'Poste ou métier recherché'),
  { name: 'summary', type: 'textarea', maxLength: 2000, label: { fr: 'Présentation', en: 'Summary' } },
  {
    name: 'experiences',
    type: 'array',
    maxRows: 30,
    label: { fr: 'Expériences professionnelles', en: 'Experience' },
    labels: { singular: { fr: 'Expérience', en: 'Experience' }, plural: { fr: 'Expériences', en: 'Experience' } },
    fields: [
      text('role', 'Poste occupé', { required: true }),
      text('employer', 'Entreprise'),
      text('place', 'Lieu'),
      text('period', 'Période (ex. : septembre 2023 – juin 2024)'),
      { name: 'description', type: 'textarea', maxLength: 2000, label: { fr: 'Missions', en: 'Description' } },
    ],
  },
  {
    name: 'trainings',
    type: 'array',
    maxRows: 30,
    label: { fr: 'Formations', en: 'Training' },
    labels: { singular: { fr: 'Formation', en: 'Training' }, plural: { fr: 'Formations', en: 'Training' } },
    fields: [
      text('diploma', 'Diplôme ou formation', { required: true }),
      text('school', 'Établissement'),
      text('period', 'Période ou année'),
      { name: 'description', type: 'textarea', maxLength: 2000, label: { fr: 'Détails', en: 'Details' } },
    ],
  },
  {
    name: 'skills',
    type: 'array',
    maxRows: 50,
    label: { fr: 'Compétences', en: 'Skills' },
    labels: { singular: { fr: 'Compétence', en: 'Skill' }, plural: { fr: 'Compétences', en: 'Skills' } },
    fields: [text('skill', 'Compétence', { required: true })],
  },
  {
    name: 'languages',
    type: 'array',
    maxRows: 20,
    label: { fr: 'Langues', en: 'Languages' },
    labels: { singular: { fr: 'Langue', en: 'Language' }, plural: { fr: 'Langues', en: 'Languages' } },
    fields: [
      text('language', 'Langue', { required: true, maxLength: 80 }),
      { name: 'level', type: 'select', options: LANGUAGE_LEVELS, defaultValue: 'intermediate', label: { fr: 'Niveau', en: 'Level' } },
    ],
  },
]

const letterFields: Field[] = [
  { name: 'template', type: 'select', options: letterTemplateOptions, defaultValue: 'offer', label: { fr: 'Modèle de lettre', en: 'Template' } },
  { name: 'offer', type: 'relationship', relationTo: PLACEMENT_SLUGS.offers, label: { fr: 'Offre visée (facultatif)', en: 'Offer' } },
  text('company', 'Entreprise destinataire'),
  text('position', 'Poste visé'),
  {
    name: 'body',
    type: 'textarea',
    maxLength: 8000,
    label: { fr: 'Texte de la lettre', en: 'Letter' },
    admin: { description: { fr: 'Laissé vide, il est rempli à l’enregistrement depuis le modèle choisi ; modifiez-le ensuite.', en: 'Filled from the template when left empty.' } },
  },
]

/**
 * « Créé un CV et une lettre de motivation » (seed 004): the candidate, or a referent of their
 * establishment, types a structured CV or a cover letter from a template, previews it as a PDF
 * (`GET /api/document-drafts/:id/preview`) and saves it among the candidate's `documents`
 * (`POST /api/document-drafts/:id/save`), where candidatures choose it. The same readers as the
 * documents: the candidate and their establishment's staff; employers only ever see the PDF a
 * candidature sends them.
 */
export const DocumentDrafts: CollectionConfig = {
  slug: PLACEMENT_SLUGS.documentDrafts,
  labels: { singular: { fr: 'CV ou lettre à rédiger', en: 'CV or letter draft' }, plural: { fr: 'CV et lettres à rédiger', en: 'CV and letter drafts' } },
  admin: {
    group: GROUPS.placement,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'account', 'document', 'updatedAt'],
    listSearchableFields: ['title'],
    hidden: hiddenOutsidePlacement,
  },
  defaultSort: '-updatedAt',
  access: {
    read: candidateOrEstablishmentStaff,
    create: anyOf(isAccount, opensSection('placement')),
    update: candidateOrEstablishmentStaff,
    delete: candidateOrEstablishmentStaff,
  },
  endpoints: draftEndpoints,
  hooks: { beforeChange: [stampDocumentOwner, fillLetterFromTemplate] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'cv',
      index: true,
      options: DRAFT_KINDS,
      label: { fr: 'Type', en: 'Kind' },
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: SLUGS.accounts,
      index: true,
      label: { fr: 'Candidat', en: 'Candidate' },
      access: { update: () => false },
      admin: { position: 'sidebar' },
    },
    establishmentField,
    { name: 'cv', type: 'group', label: { fr: 'Contenu du CV', en: 'CV' }, admin: { condition: isCv }, fields: cvFields },
    { name: 'letter', type: 'group', label: { fr: 'Lettre de motivation', en: 'Cover letter' }, admin: { condition: isLetter }, fields: letterFields },
    {
      name: 'document',
      type: 'relationship',
      relationTo: PLACEMENT_SLUGS.documents,
      label: { fr: 'PDF enregistré dans les documents', en: 'Saved PDF' },
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'savedAt', type: 'date', label: { fr: 'Dernier enregistrement en PDF', en: 'Saved at' }, access: serverOnly, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'pdfActions',
      type: 'ui',
      label: { fr: 'Aperçu et enregistrement', en: 'Preview and save' },
      admin: { position: 'sidebar', components: { Field: '/plugins/placement/cv/components/DraftPdfActions#DraftPdfActions' }, condition: (data) => Boolean(data?.id) },
    },
  ],
}
