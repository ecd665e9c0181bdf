/** What the agenda's « Type » column says (seed 001). */
export const SESSION_KINDS = [
  { value: 'workshop', label: { fr: 'Atelier', en: 'Workshop' } },
  { value: 'information', label: { fr: 'Information collective', en: 'Information session' } },
  { value: 'collective-event', label: { fr: 'Animation collective', en: 'Collective event' } },
]

/**
 * A young person's place in a session. The two refusals are the manual's unregistration reasons
 * (the third, « J'ai fait une erreur », removes the line); `present` / `absent` come from closing.
 */
export const REGISTRATION_STATUSES = {
  registered: { fr: 'Inscrit', en: 'Registered' },
  'youth-refusal': { fr: 'Refus jeune', en: 'Declined by the young person' },
  'third-party-refusal': { fr: 'Refus tiers', en: 'Declined by a third party' },
  present: { fr: 'Présent', en: 'Present' },
  absent: { fr: 'Absence', en: 'Absent' },
} as const

export type RegistrationStatus = keyof typeof REGISTRATION_STATUSES

/** Statuses that hold a place. */
export const HOLDS_A_PLACE: RegistrationStatus[] = ['registered', 'present']
