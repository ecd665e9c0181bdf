import type { CollectionBeforeOperationHook, FlattenedField, Where } from 'payload'

import { badRequest } from '../../src/lib/errors'

const ID_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']

const isIdLike = (value: unknown) => value === null || value === undefined || value === '' || /^-?\d+(\.\d+)?$/.test(String(value))

const valuesOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]

/**
 * PostgreSQL rejects a non-numeric value compared with an integer column, which Payload
 * reports as a 500: refuse such filters on ids and relationships up front, with a 400.
 */
export const validateWhereIds: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local' || !['read', 'update', 'delete'].includes(operation)) return args
  const where = (args as { where?: Where }).where
  if (!where) return args
  const fields = new Map<string, FlattenedField>(collection.flattenedFields.map((f) => [f.name, f]))
  const visit = (node: Where) => {
    for (const [key, condition] of Object.entries(node ?? {})) {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        condition.forEach((child) => visit(child as Where))
        continue
      }
      const field = fields.get(key)
      const isId = key === 'id' || (field && ['relationship', 'upload', 'number'].includes(field.type) && !('relationTo' in field && Array.isArray(field.relationTo)))
      if (!isId || typeof condition !== 'object' || condition === null) continue
      for (const [operator, value] of Object.entries(condition)) {
        if (ID_OPERATORS.includes(operator) && !valuesOf(value).every(isIdLike)) {
          throw badRequest(`Filtre invalide sur « ${key} » : un nombre est attendu.`)
        }
      }
    }
  }
  visit(where)
  return args
}
