import type { CejProfile } from '../../../src/payload-types'

/** « Situation » of a CEJ beneficiary, as the portfolio shows it (seed 001). */
export const SITUATIONS: { value: NonNullable<CejProfile['situation']>; label: { fr: string; en: string } }[] = [
  { value: 'job-seeker', label: { fr: "Demandeur d'emploi", en: 'Job seeker' } },
  { value: 'employment', label: { fr: 'Emploi', en: 'Employment' } },
  { value: 'schooling', label: { fr: 'Scolarité', en: 'Schooling' } },
  { value: 'training', label: { fr: 'Formation', en: 'Training' } },
  { value: 'immersion', label: { fr: 'Immersion en entreprise', en: 'Work immersion' } },
  { value: 'civic-service', label: { fr: 'Service civique', en: 'Civic service' } },
  { value: 'none', label: { fr: 'Sans situation', en: 'No situation' } },
]

export const situationLabel = (value: unknown) => SITUATIONS.find((s) => s.value === value)?.label.fr ?? ''

/** Shown instead of a last activity while the young person has never logged in. */
export const NEVER_LOGGED_IN = 'Compte non activé'

export const NOT_IN_PORTFOLIO = 'Vous êtes en lecture seule : ce bénéficiaire ne fait pas partie de votre portefeuille.'

export const PORTFOLIO_PATH = '/portefeuille'
export const BENEFICIARIES_PATH = '/beneficiaires'
export const PILOTAGE_PATH = '/pilotage'
export const sheetPath = (id: number | string) => `/portefeuille/${id}`
