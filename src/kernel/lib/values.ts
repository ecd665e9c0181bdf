/** Shapes of untrusted input (a body, a filter) checked before it reaches Payload or PostgreSQL. */

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** PostgreSQL cannot store U+0000 in text (22021) nor in jsonb (22P05): such a string is refused up front. */
export const hasNulCharacter = (value: unknown): boolean => typeof value === 'string' && value.includes('\u0000')

/** A NUL character anywhere in a JSON value, keys included. */
export const hasNulAnywhere = (value: unknown): boolean =>
  hasNulCharacter(value) ||
  (Array.isArray(value) ? value.some(hasNulAnywhere) : isPlainObject(value) && Object.entries(value).some(([key, item]) => hasNulCharacter(key) || hasNulAnywhere(item)))

/** Bounds of PostgreSQL's `integer`, the type of our ids and relationship columns. */
const INT4_MAX = 2_147_483_647

/** A value PostgreSQL reads as an `integer` id: digits only, within its bounds. */
export const isIntegerId = (value: unknown): boolean => {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= INT4_MAX
  return typeof value === 'string' && /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= INT4_MAX
}

/** A finite decimal number, or its text (query strings and form data carry numbers as text). */
export const isDecimal = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value)))

/** A date PostgreSQL's `timestamp with time zone` accepts: parseable, years 1 to 9999. */
export const isStorableDate = (value: unknown): boolean => {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return false
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= 1 && year <= 9999
}

export const isBooleanLike = (value: unknown): boolean => typeof value === 'boolean' || value === 'true' || value === 'false'
