import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { hasNulAnywhere, hasNulCharacter, isBooleanLike, isDecimal, isIntegerId, isPlainObject, isStorableDate } from '../../src/kernel/lib/values'

/** What one value of a field must be, worded for a French message (« … : <what> est attendu »). */
export type ValueRule = { isValid: (value: unknown) => boolean; what: string }

const TEXT_TYPES = ['text', 'textarea', 'email', 'code']

const optionValues = (field: FlattenedField): string[] =>
  'options' in field ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []

/** Ids of a collection are PostgreSQL integers unless it declares a text id. */
export const hasIntegerIds = (payload: Payload, slug: string): boolean => payload.collections[slug as CollectionSlug]?.customIDType !== 'text'

const isText = (value: unknown) => typeof value === 'string' && !hasNulCharacter(value)

/**
 * The rule for ONE value of a field (an element of a `hasMany` list), or `undefined` for the
 * types this layer leaves to Payload (json, rich text, polymorphic relationships, point…).
 * `isBody`: a body may hold a relationship as a populated document `{ id }`, a filter may not.
 */
export const valueRule = ({ field, payload, isBody }: { field: FlattenedField; payload: Payload; isBody: boolean }): ValueRule | undefined => {
  if (TEXT_TYPES.includes(field.type)) return { isValid: isText, what: 'une chaîne de caractères (sans caractère nul)' }
  switch (field.type) {
    case 'number':
      return { isValid: isDecimal, what: 'un nombre' }
    case 'checkbox':
      return { isValid: isBooleanLike, what: 'true ou false' }
    case 'date':
      return { isValid: isStorableDate, what: 'une date (AAAA-MM-JJ ou ISO 8601, années 1 à 9999)' }
    case 'select':
    case 'radio': {
      const values = optionValues(field)
      return { isValid: (value) => typeof value === 'string' && values.includes(value), what: `une de ces valeurs : ${values.join(', ')}` }
    }
    case 'relationship':
    case 'upload': {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (!targets.every((slug) => hasIntegerIds(payload, slug))) return undefined
      if (Array.isArray(field.relationTo)) {
        // Polymorphic: a body names the collection ({ relationTo, value }); a filter compares the id.
        const isReference = (value: unknown) =>
          isBody ? isPlainObject(value) && (targets as string[]).includes(String(value.relationTo)) && (isIntegerId(value.value) || (isPlainObject(value.value) && isIntegerId(value.value.id))) : isIntegerId(value)
        return { isValid: isReference, what: isBody ? `{ "relationTo": ${targets.join(' | ')}, "value": <identifiant> }` : 'un identifiant (nombre entier)' }
      }
      const isId = (value: unknown) => isIntegerId(value) || (isBody && isPlainObject(value) && isIntegerId(value.id))
      return { isValid: isId, what: 'un identifiant (nombre entier)' }
    }
    case 'richText':
      // Lexical stores a document object; Payload would store a bare string or number as is.
      return isBody ? { isValid: (value) => isPlainObject(value) && !hasNulAnywhere(value), what: 'un document de texte riche (objet JSON, sans caractère nul)' } : undefined
    case 'json':
      return isBody ? { isValid: (value) => !hasNulAnywhere(value), what: 'du JSON sans caractère nul (\\u0000)' } : undefined
    default:
      return undefined
  }
}

/** Fields whose stored value is a list of values (`hasMany`). */
export const isHasMany = (field: FlattenedField): boolean => 'hasMany' in field && field.hasMany === true
