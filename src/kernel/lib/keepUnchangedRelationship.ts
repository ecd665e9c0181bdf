import { relationship, type RelationshipFieldSingleValidation } from 'payload/shared'

import { relationId } from './relationId'

/**
 * A single relationship with `filterOptions`: Payload checks the value on every save against
 * those options *with the caller's read access*, so a value the caller cannot read fails even
 * when nobody touched it (a Mission Locale's administrator saving their structure, whose parent
 * region is outside their structures: 400 on `parent`). An unchanged value passes; a new one is
 * checked as Payload would (its scope is the collection's own guard).
 */
export const keepUnchangedRelationship: RelationshipFieldSingleValidation = (value, options) => {
  const previous = relationId(options.previousValue)
  if (previous !== null && relationId(value) === previous) return true
  return relationship(value, options)
}
