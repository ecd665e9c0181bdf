/** Dates as a French reader expects them in an e-mail or a notification, in metropolitan time. */
const ZONE = 'Europe/Paris'

/** « lundi 23 novembre 2026 à 10:00 ». */
export const frenchDateTime = (iso: string | Date) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: ZONE })

/** « 23/11/2026 ». */
export const frenchDate = (iso: string | Date) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: ZONE })
