import type { CollectionBeforeOperationHook, FlattenedField, Payload, Where } from 'payload'

import { badRequest } from '../../src/kernel/lib/errors'
import { hasNulAnywhere, isPlainObject } from '../../src/kernel/lib/values'
import { isHasMany, valueRule } from './fieldValues'
import { resolveFieldPath } from './resolveFieldPath'

const TEXT_TYPES = ['text', 'textarea', 'email', 'code']
const COMPARISONS = ['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const LIST_OPERATORS = ['in', 'not_in', 'all']

/** Fields holding other fields or rows: a filter names a field inside them, or asks whether they exist. */
const STRUCTURED_TYPES = ['group', 'tab', 'array', 'blocks', 'join', 'ui']
const isScalar = (field: FlattenedField) => !STRUCTURED_TYPES.includes(field.type)

/** Which field types each operator applies to; an operator not listed is Payload's to refuse. */
const APPLIES_TO: Record<string, (field: FlattenedField) => boolean> = {
  exists: () => true,
  ...Object.fromEntries(['equals', 'not_equals', 'in', 'not_in'].map((operator) => [operator, isScalar])),
  ...Object.fromEntries(COMPARISONS.slice(2).map((operator) => [operator, (field: FlattenedField) => isScalar(field) && !['json', 'richText', 'point', 'checkbox'].includes(field.type)])),
  ...Object.fromEntries(['like', 'not_like'].map((operator) => [operator, (field: FlattenedField) => TEXT_TYPES.includes(field.type)])),
  // `contains`: a substring of a text, or one value of a hasMany list (`functions contains direction`).
  contains: (field: FlattenedField) => TEXT_TYPES.includes(field.type) || isHasMany(field),
  all: isHasMany,
  ...Object.fromEntries(['near', 'within', 'intersects'].map((operator) => [operator, (field: FlattenedField) => field.type === 'point'])),
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value])

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** What `exists` accepts, as the admin and the query string send it. */
const EXISTS_VALUES = new Set<unknown>([true, false, 'true', 'false'])

const checkCondition = ({ payload, field, path, operator, value }: { payload: Payload; field: FlattenedField; path: string; operator: string; value: unknown }) => {
  const appliesTo = APPLIES_TO[operator]
  if (!appliesTo) return
  // Anything else reached the adapter as a value to compare (a 500 on a polymorphic relationship).
  if (operator === 'exists' && !EXISTS_VALUES.has(value)) throw badRequest(`Filtre invalide sur « ${path} » : « exists » attend true ou false.`)
  // PostgreSQL's adapter answers « Not supported » (a 500) to a polymorphic relationship compared directly.
  if ('relationTo' in field && Array.isArray(field.relationTo) && operator !== 'exists') {
    throw badRequest(`Filtre impossible sur « ${path} » : filtrez sur « ${path}.value » (l’identifiant) et « ${path}.relationTo » (la collection).`)
  }
  if (!appliesTo(field)) throw badRequest(`Filtre impossible sur « ${path} » : l’opérateur « ${operator} » ne s’applique pas à ce champ (${field.type}).`)
  if (!COMPARISONS.includes(operator) && !LIST_OPERATORS.includes(operator) && operator !== 'contains') return
  // Text is compared as text: any value will do, NUL excepted (checked for every filter).
  if (TEXT_TYPES.includes(field.type)) return
  const rule = valueRule({ field, payload, isBody: false })
  if (!rule) return
  const values = LIST_OPERATORS.includes(operator) ? listOf(value) : [value]
  if (!values.every((item) => isEmpty(item) || rule.isValid(item))) throw badRequest(`Filtre invalide sur « ${path} » (attendu : ${rule.what}).`)
}

/**
 * A filter PostgreSQL cannot run used to surface as a 500 (`near` on a title, `like` on a date
 * or a relationship, an id out of the integer range, a NUL character, a date in year 99999).
 * Each condition of a REST or GraphQL `where` is checked against the field it names, following
 * relationships (`structure.name`): the operator must apply to the field's type and the value
 * must be one the column can hold; otherwise a 400 names the field and says why.
 */
export const validateWhere: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local' || !['read', 'update', 'delete'].includes(operation)) return args
  const where = (args as { where?: Where }).where
  if (!where) return args
  const visit = (node: unknown) => {
    if (!isPlainObject(node)) return
    for (const [path, condition] of Object.entries(node)) {
      if (path === 'and' || path === 'or') {
        ;(Array.isArray(condition) ? condition : isPlainObject(condition) ? Object.values(condition) : []).forEach(visit)
        continue
      }
      if (!isPlainObject(condition)) continue
      if (hasNulAnywhere(condition)) throw badRequest(`Filtre invalide sur « ${path} » : le caractère nul (\\u0000) n’est pas accepté.`)
      const field = resolveFieldPath({ payload: req.payload, slug: collection.slug, fields: collection.flattenedFields, path })
      if (!field) continue
      // The adapter cannot join a related (or nested) document's list of texts or numbers: a 500 before.
      if (path.includes('.') && 'hasMany' in field && field.hasMany && (field.type === 'text' || field.type === 'number')) {
        throw badRequest(`Filtre impossible sur « ${path} » : une liste de valeurs d’un document lié ne se filtre pas ; filtrez la collection « ${path.split('.')[0]} » elle-même.`)
      }
      for (const [operator, value] of Object.entries(condition)) checkCondition({ payload: req.payload, field, path, operator, value })
    }
  }
  visit(where)
  return args
}
