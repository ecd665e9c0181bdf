export const STRUCTURE_TYPES = {
  region: { fr: 'Région', en: 'Region' },
  'mission-locale': { fr: 'Mission Locale', en: 'Mission Locale' },
  antenne: { fr: 'Antenne', en: 'Branch' },
  academy: { fr: 'Académie', en: 'Academy' },
  dabm: { fr: 'DABM', en: 'DABM' },
  establishment: { fr: 'Établissement', en: 'Establishment' },
  employer: { fr: 'Employeur', en: 'Employer' },
  partner: { fr: 'Partenaire', en: 'Partner' },
} as const

export type StructureType = keyof typeof STRUCTURE_TYPES

export const STRUCTURE_TYPE_OPTIONS = Object.entries(STRUCTURE_TYPES).map(([value, label]) => ({ label, value }))
