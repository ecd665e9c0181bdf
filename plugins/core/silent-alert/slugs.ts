/** « Sifflet silencieux » (seed 003): the per-structure setting and the record of every alert. */
export const SILENT_ALERT_SLUGS = {
  settings: 'silent-alert-settings',
  alerts: 'silent-alerts',
} as const

export const SILENT_ALERT_SMS_TASK = 'silent-alert-sms'
