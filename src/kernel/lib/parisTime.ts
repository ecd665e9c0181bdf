/** French wall-clock time (Europe/Paris) for agendas and schedules, right across the daylight-saving changes. */
export const PARIS_TIME_ZONE = 'Europe/Paris'

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number }

/** What a clock in Paris shows at `instant`. */
export const parisWallTime = (instant: Date): WallTime => {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]))
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second }
}

/** Paris's offset from UTC at `instant`, in milliseconds (+1 h in winter, +2 h in summer). */
const parisOffset = (instant: Date) => {
  const wall = parisWallTime(instant)
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * The instant a Paris clock shows `hour`:00 on that calendar day: the offset read at the wall time
 * taken as UTC, checked again at the result (00:00 and 04:00 never fall in a change's gap).
 */
export const parisInstant = ({ year, month, day, hour = 0 }: { year: number; month: number; day: number; hour?: number }) => {
  const wall = Date.UTC(year, month - 1, day, hour)
  const first = wall - parisOffset(new Date(wall))
  return new Date(wall - parisOffset(new Date(first)))
}
