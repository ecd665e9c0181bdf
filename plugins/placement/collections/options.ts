/** Select options of the placement module (French labels, English stored values). */
export const DOCUMENT_TYPES = [
  { label: { fr: 'CV', en: 'CV' }, value: 'cv' },
  { label: { fr: 'Lettre de motivation', en: 'Cover letter' }, value: 'cover-letter' },
  { label: { fr: 'Autre document', en: 'Other' }, value: 'other' },
]

export const CONTRACT_TYPES = [
  { label: { fr: 'CDI', en: 'Permanent' }, value: 'cdi' },
  { label: { fr: 'CDD', en: 'Fixed-term' }, value: 'cdd' },
  { label: { fr: 'Alternance', en: 'Work-study' }, value: 'work-study' },
  { label: { fr: 'Stage', en: 'Internship' }, value: 'internship' },
  { label: { fr: 'Intérim', en: 'Temporary' }, value: 'temporary' },
  { label: { fr: 'Emploi saisonnier', en: 'Seasonal' }, value: 'seasonal' },
]

export const SECTORS = [
  { label: { fr: 'Administration, gestion', en: 'Administration' }, value: 'administration' },
  { label: { fr: 'Commerce, vente', en: 'Retail' }, value: 'retail' },
  { label: { fr: 'Hôtellerie, restauration', en: 'Hospitality' }, value: 'hospitality' },
  { label: { fr: 'Informatique, numérique', en: 'IT' }, value: 'it' },
  { label: { fr: 'Industrie', en: 'Industry' }, value: 'industry' },
  { label: { fr: 'Santé, social', en: 'Health and social care' }, value: 'health' },
  { label: { fr: 'Transport, logistique', en: 'Transport and logistics' }, value: 'transport' },
  { label: { fr: 'Bâtiment, travaux publics', en: 'Construction' }, value: 'construction' },
  { label: { fr: 'Autre', en: 'Other' }, value: 'other' },
]

export const PUBLICATION_STATES = [
  { label: { fr: 'Publiée', en: 'Published' }, value: 'published' },
  { label: { fr: 'Clôturée', en: 'Closed' }, value: 'closed' },
]

export const CANDIDATURE_KINDS = [
  { label: { fr: 'Candidature à une offre', en: 'Application to an offer' }, value: 'offer' },
  { label: { fr: 'Candidature spontanée', en: 'Spontaneous application' }, value: 'spontaneous' },
]
