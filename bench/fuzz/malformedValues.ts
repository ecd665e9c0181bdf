/**
 * The malformed material of the corpus: values a field of each type cannot hold, bodies that
 * are not JSON objects, content types Payload does not read. Every value here must be REFUSED
 * by the server: the corpus counts rows changed by refused requests, so nothing valid may
 * slip in (no merely unusual but acceptable text, no empty body on an update).
 */
import type { FlattenedField } from 'payload'

/** Deterministic pseudo-random numbers (mulberry32): one seed, one corpus. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const shuffle = <T>(items: T[]): T[] => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }
  return { next, pick, shuffle }
}
export type Random = ReturnType<typeof seededRandom>

const NUL = 'a\u0000b'
const OBJECT = { $ne: 1 }
const DEEP = JSON.parse(`${'{"a":'.repeat(60)}1${'}'.repeat(60)}`) as unknown

/** Values each field type cannot hold (JSON-encodable; `1e308` is a number, not a string). */
const WRONG_BY_TYPE: Record<string, unknown[]> = {
  text: [OBJECT, [], NUL, 123, true, DEEP],
  textarea: [OBJECT, NUL, 123, [NUL]],
  email: [OBJECT, 123, NUL, 'x@y.fr\u0000', []],
  code: [OBJECT, NUL, 42],
  number: ['abc', OBJECT, 'NaN', '1e308x', [], true],
  checkbox: ['abc', OBJECT, 3, []],
  date: ['99999-01-01', 'hier', OBJECT, 1e308, '2026-13-45', NUL],
  select: ['pas-une-option', OBJECT, 123, NUL, [OBJECT]],
  radio: ['pas-une-option', OBJECT, 123],
  relationship: ['abc', 1e308, OBJECT, 99999999999, 'undefined', NUL, [OBJECT]],
  upload: ['abc', 1e308, 99999999999, NUL],
  group: ['x', 123, [1, 2]],
  array: ['x', OBJECT, [1, 'a'], 123],
  blocks: ['x', OBJECT, [1]],
  richText: ['x', 123, [1]],
  point: ['x', [1e308, 'a'], OBJECT],
  // PostgreSQL's jsonb cannot hold U+0000 either.
  json: [{ a: NUL }, NUL, [NUL]],
}

/** Keys no collection has, some of them aimed at prototype pollution. */
const UNKNOWN_KEYS: Record<string, unknown>[] = [
  JSON.parse('{"__proto__": {"isAdmin": true}}') as Record<string, unknown>,
  { constructor: { prototype: { isAdmin: true } } },
  { champInconnu: 'x' },
  { createdAt: '99999-01-01' },
  { updatedAt: OBJECT },
]

const hasMany = (field: FlattenedField) => 'hasMany' in field && field.hasMany === true

/** A value the field cannot hold, or `undefined` for types that accept anything (json). */
export const wrongValueFor = (field: FlattenedField, random: Random): unknown => {
  const pool = WRONG_BY_TYPE[field.type]
  if (!pool) return undefined
  const value = random.pick(pool)
  // A hasMany field holds a list: a list of wrong values is still wrong, a bare one too.
  return hasMany(field) && random.next() < 0.5 ? [value] : value
}

/** Bodies of write requests, as raw text with their content type. */
export type RawBody = { label: string; contentType?: string; body: string }

const SAMPLE = '{"name":"x","title":"x","email":"x@exemple.fr"}'

export const MALFORMED_RAW_BODIES: RawBody[] = [
  { label: 'nombre nu', contentType: 'application/json', body: '123' },
  { label: 'null', contentType: 'application/json', body: 'null' },
  { label: 'chaîne nue', contentType: 'application/json', body: '"x"' },
  { label: 'tableau vide', contentType: 'application/json', body: '[]' },
  { label: 'tableau d’objets', contentType: 'application/json', body: `[${SAMPLE}]` },
  { label: 'booléen', contentType: 'application/json', body: 'true' },
  { label: 'JSON tronqué', contentType: 'application/json', body: '{"name": "x' },
  { label: 'JSON invalide', contentType: 'application/json', body: "{name: 'x'}" },
  { label: 'JSON très imbriqué', contentType: 'application/json', body: `${'['.repeat(20000)}${']'.repeat(20000)}` },
  { label: 'text/plain', contentType: 'text/plain', body: SAMPLE },
  { label: 'formulaire urlencoded', contentType: 'application/x-www-form-urlencoded', body: 'name=x&title=x' },
  { label: 'XML', contentType: 'application/xml', body: '<structure><name>x</name></structure>' },
  { label: 'multipart sans boundary', contentType: 'multipart/form-data', body: SAMPLE },
  { label: 'multipart tronqué', contentType: 'multipart/form-data; boundary=XYZ', body: '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"na' },
  { label: 'multipart _payload non JSON', contentType: 'multipart/form-data; boundary=XYZ', body: '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{nope\r\n--XYZ--\r\n' },
  { label: 'JSON en UTF-16 annoncé', contentType: 'application/json; charset=utf-16', body: '123' },
  { label: 'sans content-type', body: SAMPLE },
]

/** A JSON object body with one to three fields of the wrong type, or an unknown key. */
export const wrongFieldsBody = (fields: FlattenedField[], random: Random): { label: string; body: Record<string, unknown> } => {
  // A polymorphic relationship is left to Payload (a preference's `user` is set by a hook).
  const candidates = fields.filter((field) => WRONG_BY_TYPE[field.type] && !['id', 'createdAt', 'updatedAt'].includes(field.name) && !('relationTo' in field && Array.isArray(field.relationTo)))
  if (candidates.length === 0 || random.next() < 0.15) {
    const body = random.pick(UNKNOWN_KEYS)
    return { label: `clé inconnue ${Object.keys(body).join(',') || '__proto__'}`, body }
  }
  const count = 1 + Math.floor(random.next() * Math.min(3, candidates.length))
  const chosen = random.shuffle(candidates).slice(0, count)
  const body = Object.fromEntries(chosen.map((field) => [field.name, wrongValueFor(field, random)]))
  return { label: `types invalides : ${chosen.map((field) => `${field.name} (${field.type})`).join(', ')}`, body }
}

/** Ids that name no document a path can hold. */
export const MALFORMED_IDS = ['xyz', '1e308', 'undefined', 'null', '-1', '99999999999', '1.5', '%00', "1'%20OR%201=1", 'NaN', '0x10']

/** Filter values PostgreSQL cannot compare with most columns. */
export const MALFORMED_FILTER_VALUES = ['1e308', 'xyz', '%00', 'a%00b', '99999-01-01', '99999999999', '1,2,10', '%25', '-1']
export const FILTER_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'like', 'not_like', 'contains', 'near', 'within', 'intersects', 'greater_than', 'less_than_equal', 'exists']
