/** Collection slugs of the reference tables module (DOMAIN.md, "Staff administration"). */
export const REFERENCE_SLUGS = {
  items: 'reference-items',
  transfers: 'reference-transfers',
} as const

/** The reference tables of a Mission Locale (seed 003), with the names the manual gives them. */
export const REFERENCE_TABLES = {
  contexts: { fr: 'Contextes', en: 'Contexts' },
  'programme-prescribers': { fr: 'Prescripteurs de dispositif', en: 'Programme prescribers' },
  'programme-referents': { fr: 'Référents de dispositif', en: 'Programme referents' },
} as const

export type ReferenceTable = keyof typeof REFERENCE_TABLES

export const REFERENCE_TABLE_OPTIONS = Object.entries(REFERENCE_TABLES).map(([value, label]) => ({ value, label }))

export const isReferenceTable = (value: unknown): value is ReferenceTable => typeof value === 'string' && value in REFERENCE_TABLES

/** Tables whose items are staff users (« Ajout de son prénom et nom dans la table de référence »). */
export const PERSON_TABLES: readonly ReferenceTable[] = ['programme-prescribers', 'programme-referents']

/** Set in `req.context` by a transfer's own writes: the destination was checked once, at scheduling. */
export const REFERENCE_TRANSFER_CONTEXT = 'referenceTransferRun'
