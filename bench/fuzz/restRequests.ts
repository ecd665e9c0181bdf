import type { FuzzCollection, QueryField } from './collections'
import type { Random } from './random'

/** One fuzzed HTTP request, with what is needed to replay it and to group failures alike. */
export type FuzzRequest = {
  api: 'rest' | 'graphql'
  kind: 'list' | 'id'
  collection: string
  method: 'GET' | 'POST'
  path: string
  body?: string
  /** The request's form without its values (`REST liste offers where[createdAt(date)][like]`): failures are grouped by it. */
  shape: string
  /**
   * A REST list's parts, each alone as a smaller request (one condition, or the sort) with its
   * form: a 5xx is replayed part by part to name the part that fails by itself.
   */
  parts?: { path: string; shape: string }[]
}

export type Condition = { field: QueryField; operator: string; value: unknown }

export const OPERATORS = ['equals', 'not_equals', 'in', 'like', 'contains', 'exists', 'greater_than'] as const
const STRING_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])

/** Mostly the operators a field's type supports; now and then any of them (a wrong pairing must still be a 4xx). */
export const pickOperator = ({ rnd, field }: { rnd: Random; field: QueryField }) => {
  if (rnd.chance(0.25)) return rnd.pick(OPERATORS)
  const fitting: string[] = ['equals', 'not_equals', 'in', 'exists']
  if (STRING_TYPES.has(field.type)) fitting.push('like', 'contains')
  if (field.type === 'number' || field.type === 'date') fitting.push('greater_than')
  return rnd.pick(fitting)
}

const valueAt = (doc: Record<string, unknown> | undefined, key: string[]): unknown => {
  let value: unknown = doc
  for (const part of key) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
  if (Array.isArray(value)) value = value[0]
  if (value && typeof value === 'object' && 'id' in value) value = (value as { id: unknown }).id
  if (value && typeof value === 'object' && 'value' in value) value = (value as { value: unknown }).value
  return value
}

const fallbackFor = (type: string): unknown =>
  type === 'number' || type === 'relationship' || type === 'upload' ? 1 : type === 'date' ? '2025-01-01T00:00:00.000Z' : type === 'checkbox' ? true : 'a'

/** A value taken from a real document (so that filters match something), shaped for the operator. */
export const pickValue = ({ rnd, field, operator, docs }: { rnd: Random; field: QueryField; operator: string; docs: Record<string, unknown>[] }): unknown => {
  const one = () => {
    const value = valueAt(docs.length ? rnd.pick(docs) : undefined, field.valueFrom.key)
    return value === undefined || value === null ? fallbackFor(field.type) : value
  }
  if (operator === 'exists') return rnd.chance(0.5)
  if (operator === 'in') return Array.from({ length: rnd.int(1, 3) }, one)
  const value = one()
  if ((operator === 'like' || operator === 'contains') && typeof value === 'string' && value.length > 2) {
    const start = rnd.int(0, value.length - 2)
    return value.slice(start, start + rnd.int(2, 5))
  }
  return value
}

/** `where[and][0][title][like]=x` pairs, as qs writes them and Payload reads them. */
const toQuery = (value: unknown, prefix: string): [string, string][] => {
  if (Array.isArray(value)) return value.flatMap((item, i) => toQuery(item, `${prefix}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => toQuery(item, `${prefix}[${key}]`))
  return [[prefix, String(value)]]
}

export const conditionShape = ({ field, operator }: Condition) => `[${field.path}(${field.type})][${operator}]`

export const pickConditions = async ({
  rnd,
  collection,
  readableKeys,
  docsOf,
  topLevelOnly = false,
}: {
  rnd: Random
  collection: FuzzCollection
  readableKeys: Set<string>
  docsOf: (collection: string) => Promise<Record<string, unknown>[]>
  topLevelOnly?: boolean
}): Promise<Condition[]> => {
  const candidates = collection.queryable.filter((f) => !topLevelOnly || !f.path.includes('.'))
  const readable = candidates.filter((f) => readableKeys.has(f.path.split('.')[0]) || f.path === 'id')
  const count = rnd.chance(0.3) ? 0 : rnd.chance(0.65) ? 1 : rnd.int(2, 3)
  const conditions: Condition[] = []
  for (let i = 0; i < count; i++) {
    const field = rnd.pick(readable.length && rnd.chance(0.85) ? readable : candidates)
    const operator = pickOperator({ rnd, field })
    conditions.push({ field, operator, value: pickValue({ rnd, field, operator, docs: await docsOf(field.valueFrom.collection) }) })
  }
  return conditions
}

const whereOf = ({ rnd, conditions }: { rnd: Random; conditions: Condition[] }) => {
  const clauses = conditions.map(({ field, operator, value }) => ({ [field.path]: { [operator]: value } }))
  if (clauses.length > 1 && rnd.chance(0.3)) return { or: clauses }
  if (clauses.length > 1) return { and: clauses }
  return clauses[0]
}

/** A REST read: a list with random where, sort, select, depth, limit and page, or a read by id. */
export const restRequest = async ({
  rnd,
  collection,
  readableKeys,
  docsOf,
  id,
}: {
  rnd: Random
  collection: FuzzCollection
  readableKeys: Set<string>
  docsOf: (collection: string) => Promise<Record<string, unknown>[]>
  /** Set: a read by id. */
  id?: number | string
}): Promise<FuzzRequest> => {
  const params: [string, string][] = [['depth', String(rnd.int(0, 3))]]
  const shape: string[] = []
  if (rnd.chance(0.3)) {
    const chosen = rnd.sample(collection.selectable, rnd.int(1, 4))
    for (const name of chosen) params.push([`select[${name}]`, 'true'])
    shape.push('select')
  }
  if (id !== undefined) {
    return { api: 'rest', kind: 'id', collection: collection.slug, method: 'GET', path: `/api/${collection.slug}/${id}?${new URLSearchParams(params)}`, shape: `REST id ${collection.slug} ${shape.join(' ')}`.trim() }
  }
  const conditions = await pickConditions({ rnd, collection, readableKeys, docsOf })
  if (conditions.length) params.push(...toQuery(whereOf({ rnd, conditions }), 'where'))
  if (rnd.chance(0.6)) {
    const sortable = collection.queryable.filter((f) => !f.hasMany && (rnd.chance(0.1) || !f.path.includes('.')))
    if (sortable.length) {
      const field = rnd.pick(sortable)
      params.push(['sort', `${rnd.chance(0.5) ? '-' : ''}${field.path}`])
      shape.push(`sort(${field.type}${field.path.includes('.') ? ', chemin' : ''})`)
    }
  }
  params.push(['limit', String(rnd.chance(0.1) ? 100 : rnd.int(1, 30))], ['page', String(rnd.int(1, 3))])
  const alone = (extra: [string, string][]) => `/api/${collection.slug}?${new URLSearchParams([['depth', '0'], ...extra])}`
  const sort = params.find(([key]) => key === 'sort')?.[1]
  const parts = [
    ...conditions.map((condition) => ({
      path: alone(toQuery({ [condition.field.path]: { [condition.operator]: condition.value } }, 'where')),
      shape: `REST liste ${collection.slug} where${conditionShape(condition)}`,
    })),
    ...(sort ? [{ path: alone([['sort', sort]]), shape: `REST liste ${collection.slug} sort=${sort}` }] : []),
  ]
  return {
    parts,
    api: 'rest',
    kind: 'list',
    collection: collection.slug,
    method: 'GET',
    path: `/api/${collection.slug}?${new URLSearchParams(params)}`,
    shape: `REST liste ${collection.slug} ${conditions.map(conditionShape).join(' ')} ${shape.join(' ')}`.replace(/\s+/g, ' ').trim(),
  }
}
