/** Weeks as the sheet shows them: Monday 00:00 to the next Monday, in metropolitan time. */
const ZONE = 'Europe/Paris'

const offsetMinutes = (at: Date) => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name)
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0
}

/** Midnight in Paris of the calendar day `y-m-d`. */
const parisMidnight = (y: number, m: number, d: number) => {
  const guess = new Date(Date.UTC(y, m, d))
  return new Date(guess.getTime() - offsetMinutes(guess) * 60_000)
}

/** The Paris calendar day of an instant. */
const parisDay = (at: Date) => {
  const [y, m, d] = at.toLocaleDateString('en-CA', { timeZone: ZONE }).split('-').map(Number)
  return { y, m: m - 1, d }
}

/** The week holding `at`: `[from, to)`. */
export const weekOf = (at: Date) => {
  const { y, m, d } = parisDay(at)
  const weekday = (new Date(Date.UTC(y, m, d)).getUTCDay() + 6) % 7
  const from = parisMidnight(y, m, d - weekday)
  const to = parisMidnight(y, m, d - weekday + 7)
  return { from, to }
}
