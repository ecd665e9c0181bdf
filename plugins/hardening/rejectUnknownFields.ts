import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { ValidationError } from 'payload'

/** Keys Payload accepts in a body without declaring them as fields. */
const SYSTEM_KEYS = ['id', 'createdAt', 'updatedAt', 'deletedAt', '_status', 'password', 'confirm-password']
const ROW_KEYS = ['id']
const BLOCK_KEYS = ['id', 'blockType', 'blockName']

type UnknownField = { path: string; message: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Walks a body against the fields it is written to; a localized value keyed by locale is not walked. */
const collectUnknown = (data: Record<string, unknown>, fields: FlattenedField[], allowed: string[], prefix: string, out: UnknownField[]) => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const path = `${prefix}${key}`
    const field = byName.get(key)
    if (!field) {
      if (!allowed.includes(key)) out.push({ path, message: `Champ inconnu : « ${path} ». Retirez-le de la requête.` })
      continue
    }
    if (field.localized) continue
    if ((field.type === 'group' || field.type === 'tab') && isPlainObject(value)) {
      collectUnknown(value, field.flattenedFields, [], `${path}.`, out)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => isPlainObject(row) && collectUnknown(row, field.flattenedFields, ROW_KEYS, `${path}.${index}.`, out))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = isPlainObject(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        if (block && isPlainObject(row)) collectUnknown(row, block.flattenedFields, BLOCK_KEYS, `${path}.${index}.`, out)
      })
    }
  }
}

/**
 * Payload drops the keys of a body it does not know; a client with a typo would believe it saved
 * them. A body sent over REST (the admin's forms included) naming a field the collection does not
 * have is refused with a 400 naming it. GraphQL's input types already refuse such fields, and
 * the Local API is our own code.
 */
export const rejectUnknownFields: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI !== 'REST' || !isPlainObject(data) || data !== req.data) return args
  const unknown: UnknownField[] = []
  collectUnknown(data, collection.flattenedFields, SYSTEM_KEYS, '', unknown)
  if (unknown.length > 0) throw new ValidationError({ collection: collection.slug, errors: unknown, req }, req.t)
  return args
}
