import { NOTIFICATION_KINDS, type NotificationKind } from './kinds'

/**
 * The kinds of change that reach a young person (their candidatures, follow-up messages, sessions,
 * actions…): the choices of their notification preferences, e-mail and/or in the app.
 */
export const ACCOUNT_NOTIFICATION_KINDS = [
  'candidature-decided',
  'parrainage-validated',
  'follow-up-message',
  'session-registration',
  'cej-action',
  'offer-alert',
] as const satisfies readonly NotificationKind[]

export const ACCOUNT_NOTIFICATION_KIND_OPTIONS = ACCOUNT_NOTIFICATION_KINDS.map((value) => ({ label: NOTIFICATION_KINDS[value], value }))

export type AccountAlerts = { email?: string[] | null; inApp?: string[] | null } | null | undefined

/** A kind the young person cannot choose (none of theirs yet) stays on: nothing is lost silently. */
export const accountWants = (alerts: AccountAlerts, channel: 'email' | 'inApp', kind: NotificationKind): boolean =>
  !(ACCOUNT_NOTIFICATION_KINDS as readonly string[]).includes(kind) || (alerts?.[channel]?.includes(kind) ?? true)
