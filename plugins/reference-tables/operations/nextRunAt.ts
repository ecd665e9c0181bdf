import { PARIS_TIME_ZONE, parisInstant, parisWallTime } from '../../../src/kernel/lib/parisTime'

/** The time zone transfers are scheduled in: « le lendemain à 4 heures du matin », French time. */
export const TRANSFER_TIME_ZONE = PARIS_TIME_ZONE

/** The hour (wall clock, Europe/Paris) at which scheduled transfers run. */
export const TRANSFER_HOUR = 4

/**
 * The next 04:00 Europe/Paris strictly after `now`: the same day when `now` is before 04:00 in
 * Paris, otherwise the next day. Pure; right across the daylight-saving changes.
 */
export const nextRunAt = (now: Date): Date => {
  const today = parisWallTime(now)
  const candidate = parisInstant({ ...today, hour: TRANSFER_HOUR })
  if (candidate.getTime() > now.getTime()) return candidate
  // The next calendar day in Paris (Date.UTC normalises the day past the month's end).
  const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1))
  return parisInstant({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour: TRANSFER_HOUR })
}
