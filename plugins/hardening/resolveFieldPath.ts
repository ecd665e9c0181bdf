import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { hasIntegerIds } from './fieldValues'

/**
 * The `id` of a collection, as a field, so that filters on it are checked like any other: an
 * integer id is checked as a relationship to its own collection (an integer within bounds).
 */
const idField = (payload: Payload, slug: string): FlattenedField =>
  (hasIntegerIds(payload, slug) ? { name: 'id', type: 'relationship', relationTo: slug } : { name: 'id', type: 'text' }) as FlattenedField

/**
 * The field a filter path (`title`, `structure.name`, `familyContact.phone`) ends on, following
 * single-collection relationships, groups and arrays; `undefined` when the path cannot be
 * followed here (a polymorphic relationship, blocks, a path that does not exist: Payload then
 * answers for it).
 */
export const resolveFieldPath = ({ payload, slug, fields, path }: { payload: Payload; slug: string; fields: FlattenedField[]; path: string }): FlattenedField | undefined => {
  const [head, ...rest] = path.split('.')
  if (head === 'id' && rest.length === 0) return idField(payload, slug)
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || rest.length === 0) return field
  const tail = rest.join('.')
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const related = payload.collections[field.relationTo as CollectionSlug]?.config
    return related && resolveFieldPath({ payload, slug: related.slug, fields: related.flattenedFields, path: tail })
  }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return resolveFieldPath({ payload, slug, fields: field.flattenedFields, path: tail })
  return undefined
}
