/** Role slugs and their French labels (DOMAIN.md). Roles add up. */
export const ROLE_LABELS = {
  'super-admin': { fr: 'Super-administrateur', en: 'Super administrator' },
  admin: { fr: 'Administrateur', en: 'Administrator' },
  'referent-full': { fr: 'Référent complet', en: 'Full referent' },
  'referent-accounts': { fr: 'Référent comptes', en: 'Accounts referent' },
  'referent-instant-t': { fr: 'Référent Instant-T', en: 'Instant-T referent' },
  'referent-forms': { fr: 'Référent formulaires (soumissions)', en: 'Forms referent' },
  'referent-offers': { fr: "Référent offres d'emploi", en: 'Job offers referent' },
  'referent-structures': { fr: 'Référent structures', en: 'Structures referent' },
  'referent-structures-partners': { fr: 'Référent structures (partenaires)', en: 'Partner structures referent' },
  'referent-structures-employers': { fr: 'Référent structures (employeurs)', en: 'Employer structures referent' },
  'mission-officer': { fr: 'Chargé de mission', en: 'Mission officer' },
  'establishment-referent': { fr: 'Référent établissement', en: 'Establishment referent' },
  employer: { fr: 'Employeur', en: 'Employer' },
  'academic-admin': { fr: 'Administrateur académique', en: 'Academic administrator' },
  counsellor: { fr: 'Conseiller', en: 'Counsellor' },
  'lead-counsellor': { fr: 'Conseiller référent', en: 'Lead counsellor' },
} as const

export type Role = keyof typeof ROLE_LABELS

export const ROLES = Object.keys(ROLE_LABELS) as Role[]

export const roleOptions = ROLES.map((value) => ({ label: ROLE_LABELS[value], value }))

/**
 * The manual's "rubriques": which roles open which section, within the user's structures.
 * `super-admin` opens every section everywhere and is not listed.
 */
export const SECTION_ROLES = {
  administration: ['admin'],
  accounts: ['admin', 'referent-full', 'referent-accounts'],
  'instant-t': ['admin', 'referent-full', 'referent-instant-t'],
  forms: ['admin', 'referent-full', 'referent-forms'],
  offers: ['admin', 'referent-full', 'referent-offers', 'employer'],
  'structures-partners': ['admin', 'referent-full', 'referent-structures', 'referent-structures-partners'],
  'structures-employers': ['admin', 'referent-full', 'referent-structures', 'referent-structures-employers'],
  placement: ['admin', 'referent-full', 'mission-officer', 'establishment-referent'],
  bilan: ['admin', 'academic-admin', 'counsellor', 'lead-counsellor'],
  /** CEJ (seed 001): the Mission Locale's counsellors and referents run its agenda. */
  cej: ['admin', 'referent-full', 'referent-accounts', 'counsellor', 'lead-counsellor'],
} as const satisfies Record<string, readonly Role[]>

export type Section = keyof typeof SECTION_ROLES

/**
 * Where a module is worked: the structure types its staff belong to. The roles alone do not tell
 * (a counsellor works in a DABM for the bilan and in a Mission Locale for the CEJ; an
 * administrator of a Mission Locale opens « placement » by role yet follows no Atouts
 * candidate). Sections not listed are worked wherever their roles are held.
 */
export const SECTION_STRUCTURE_TYPES: Partial<Record<Section, readonly string[]>> = {
  placement: ['academy', 'establishment'],
  bilan: ['academy', 'dabm'],
  cej: ['region', 'mission-locale', 'antenne'],
}

/** Roles that follow young people's accounts in one programme or another. */
export const ACCOUNT_ROLES: readonly Role[] = [
  ...SECTION_ROLES.accounts,
  'mission-officer',
  'establishment-referent',
  'academic-admin',
  'counsellor',
  'lead-counsellor',
]

/** Which roles a creator may hand out (no privilege escalation). */
export const ASSIGNABLE_ROLES: Partial<Record<Role, readonly Role[]>> = {
  'super-admin': ROLES,
  admin: ROLES.filter((role) => role !== 'super-admin'),
  'mission-officer': ['establishment-referent'],
  'academic-admin': ['counsellor', 'lead-counsellor'],
}
