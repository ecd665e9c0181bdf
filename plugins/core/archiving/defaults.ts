/** Settings of the nightly archiving and retention jobs (README « Configuration »), read once. */
const num = (value: string | undefined, fallback: number) => (value && !Number.isNaN(Number(value)) ? Number(value) : fallback)

export const archivingDefaults = () => ({
  /** `ARCHIVING_CRON`: when the nightly archiving rule runs (server time; default 02:30 every night). */
  archivingCron: process.env.ARCHIVING_CRON ?? '0 30 2 * * *',
  /** `ARCHIVING_MIN_AGE`: no record is archived automatically before this age (the manual: 27). */
  minAge: num(process.env.ARCHIVING_MIN_AGE, 27),
  /** `ARCHIVING_CHUNK`: accounts archived per chunk; each account is its own short transaction. */
  chunkSize: num(process.env.ARCHIVING_CHUNK, 200),
  /** `RETENTION_CRON`: when the nightly retention job runs (default 03:15 every night). */
  retentionCron: process.env.RETENTION_CRON ?? '0 15 3 * * *',
  /** `RETENTION_PENDING_DAYS`: a pre-registration never validated is erased after this many days. */
  pendingDays: num(process.env.RETENTION_PENDING_DAYS, 90),
  /** `RETENTION_READ_NOTIFICATION_DAYS`: a read in-app notification is erased after this many days. */
  readNotificationDays: num(process.env.RETENTION_READ_NOTIFICATION_DAYS, 180),
  /** `RETENTION_ANONYMOUS_INSTANT_T_DAYS`: an Instant-T result no account claimed is erased after this many days. */
  anonymousInstantTDays: num(process.env.RETENTION_ANONYMOUS_INSTANT_T_DAYS, 365),
})

export type ArchivingSettings = ReturnType<typeof archivingDefaults>

/** The birthday rule's ages (seed 003): from 31, archived even with an EAV programme. */
export const EAV_AGE_LIMIT = 31
