/** Kinds of appointment, as the counsellor picks them in « Créer un rendez-vous » (seed 001). */
export const APPOINTMENT_TYPES = [
  { value: 'follow-up', label: { fr: 'Rendez-vous de suivi', en: 'Follow-up' } },
  { value: 'individual-interview', label: { fr: 'Entretien individuel conseiller', en: 'Individual interview' } },
  { value: 'workshop', label: { fr: 'Atelier', en: 'Workshop' } },
  { value: 'collective-information', label: { fr: 'Information collective', en: 'Collective information' } },
  { value: 'partner', label: { fr: 'Rendez-vous avec un partenaire', en: 'Partner meeting' } },
  { value: 'outside-activity', label: { fr: 'Activité extérieure', en: 'Outside activity' } },
  { value: 'visit', label: { fr: 'Visite', en: 'Visit' } },
  { value: 'service', label: { fr: 'Prestation', en: 'Service' } },
  { value: 'other', label: { fr: 'Autre', en: 'Other' } },
]

/** How the appointment takes place (DOMAIN.md: `on-site`, `phone`, `video`, `outside`). */
export const APPOINTMENT_MODALITIES = [
  { value: 'on-site', label: { fr: 'En agence (sur place)', en: 'On site' } },
  { value: 'phone', label: { fr: 'Par téléphone', en: 'By phone' } },
  { value: 'video', label: { fr: 'En visioconférence', en: 'Video call' } },
  { value: 'outside', label: { fr: "À l'extérieur", en: 'Outside' } },
]

const labelOf = (options: { value: string; label: { fr: string } }[]) => (value: unknown) => options.find((o) => o.value === value)?.label.fr ?? String(value ?? '')

export const appointmentTypeLabel = labelOf(APPOINTMENT_TYPES)
export const appointmentModalityLabel = labelOf(APPOINTMENT_MODALITIES)

/** « Durée format : hh:mm », from 00:05 to 23:59. */
export const DURATION_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/

/** Minutes of a `hh:mm` duration (60 when missing or malformed, the agenda's default). */
export const durationMinutes = (duration: unknown) => {
  const match = typeof duration === 'string' ? DURATION_PATTERN.exec(duration) : null
  return match ? Number(match[1]) * 60 + Number(match[2]) : 60
}

/** What changing makes the young people told again (« changement de date, d'heure ou de lieu »). */
export const NOTIFIED_CHANGES = ['startsAt', 'duration', 'modality', 'address', 'organisation', 'title'] as const
