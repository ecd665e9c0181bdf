/** Select options of the CVs and letters typed in the platform (French labels, English stored values). */
export const DRAFT_KINDS = [
  { label: { fr: 'CV', en: 'CV' }, value: 'cv' },
  { label: { fr: 'Lettre de motivation', en: 'Cover letter' }, value: 'cover-letter' },
]

export const LANGUAGE_LEVELS = [
  { label: { fr: 'Langue maternelle', en: 'Native' }, value: 'native' },
  { label: { fr: 'Courant (C1–C2)', en: 'Fluent' }, value: 'fluent' },
  { label: { fr: 'Intermédiaire (B1–B2)', en: 'Intermediate' }, value: 'intermediate' },
  { label: { fr: 'Notions (A1–A2)', en: 'Basic' }, value: 'basic' },
]
