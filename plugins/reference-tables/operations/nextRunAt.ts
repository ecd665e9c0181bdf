/** The time zone transfers are scheduled in: « le lendemain à 4 heures du matin », French time. */
export const TRANSFER_TIME_ZONE = 'Europe/Paris'

/** The hour (wall clock, Europe/Paris) at which scheduled transfers run. */
export const TRANSFER_HOUR = 4

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TRANSFER_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number }

/** What a clock in Paris shows at `instant`. */
const parisWallTime = (instant: Date): WallTime => {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]))
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second }
}

/** Paris's offset from UTC at `instant`, in milliseconds (+1 h in winter, +2 h in summer). */
const parisOffset = (instant: Date) => {
  const wall = parisWallTime(instant)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * The instant a Paris clock shows `hour`:00 on that calendar day. 04:00 exists once every day
 * (the clocks change at 02:00 and 03:00), so the offset read a little before is the right one
 * once checked again at the result.
 */
const parisInstant = ({ year, month, day, hour }: { year: number; month: number; day: number; hour: number }) => {
  const wall = Date.UTC(year, month - 1, day, hour)
  const first = wall - parisOffset(new Date(wall))
  return new Date(wall - parisOffset(new Date(first)))
}

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
