/** Collection slugs of the core (DOMAIN.md); modules keep theirs in their own plugin. */
export const SLUGS = {
  structures: 'structures',
  users: 'users',
  accounts: 'accounts',
  media: 'media',
  transitions: 'transitions',
  notifications: 'notifications',
} as const

/** Admin navigation groups, as the manuals group them. */
export const GROUPS = {
  dashboard: { fr: 'Tableau de bord', en: 'Dashboard' },
  forms: { fr: 'Formulaires', en: 'Forms' },
  instantT: { fr: 'Instant T', en: 'Instant T' },
  accounts: { fr: 'Comptes', en: 'Accounts' },
  offers: { fr: "Offres d'emploi", en: 'Job offers' },
  placement: { fr: 'Candidatures', en: 'Applications' },
  bilan: { fr: 'Bilan en ligne', en: 'Online assessment' },
  cej: { fr: 'Agenda CEJ', en: 'CEJ agenda' },
  structures: { fr: 'Structures', en: 'Structures' },
  administration: { fr: 'Administration', en: 'Administration' },
} as const
