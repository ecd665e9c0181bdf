import { parisInstant, parisWallTime } from '../../../src/kernel/lib/parisTime'

/** Weeks as a French counsellor reads them: Monday 00:00 to the next Monday 00:00, Europe/Paris. */
const DAY = 24 * 60 * 60 * 1000
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** The instant of 00:00 in Paris on a calendar day. */
export const parisMidnight = (calendarDay: string) => {
  const [, year, month, day] = DATE_PATTERN.exec(calendarDay)!.map(Number)
  return parisInstant({ year, month, day })
}

const calendarDayOf = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10)

/** The Paris calendar day `instant` falls on, as YYYY-MM-DD. */
export const parisDay = (instant: Date) => {
  const f = parisWallTime(instant)
  return `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`
}

export const isCalendarDay = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  const match = DATE_PATTERN.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return calendarDayOf(date.getTime()) === value
}

const frenchDay = (calendarDay: string) =>
  new Date(`${calendarDay}T12:00:00Z`).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })

const shortDate = (calendarDay: string) => calendarDay.split('-').reverse().join('/')

export type Week = {
  /** Monday and Sunday, YYYY-MM-DD. */
  from: string
  to: string
  /** « du 10/10/2023 au 16/10/2023 ». */
  label: string
  start: Date
  end: Date
  previous: string
  next: string
  current: string
  isCurrent: boolean
  days: { date: string; label: string; start: Date; end: Date }[]
}

/** The Monday-to-Sunday week holding `day` (any of its days; today in Paris by default). */
export const weekOf = ({ day, now = new Date() }: { day?: string; now?: Date }): Week => {
  const today = parisDay(now)
  const monday = (calendarDay: string) => {
    const noon = Date.UTC(Number(calendarDay.slice(0, 4)), Number(calendarDay.slice(5, 7)) - 1, Number(calendarDay.slice(8, 10)))
    return noon - ((new Date(noon).getUTCDay() + 6) % 7) * DAY
  }
  const first = monday(day ?? today)
  const dayAt = (offset: number) => calendarDayOf(first + offset * DAY)
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = dayAt(i)
    return { date, label: frenchDay(date), start: parisMidnight(date), end: parisMidnight(dayAt(i + 1)) }
  })
  const current = calendarDayOf(monday(today))
  return {
    from: dayAt(0),
    to: dayAt(6),
    label: `du ${shortDate(dayAt(0))} au ${shortDate(dayAt(6))}`,
    start: days[0].start,
    end: days[6].end,
    previous: dayAt(-7),
    next: dayAt(7),
    current,
    isCurrent: current === dayAt(0),
    days,
  }
}
