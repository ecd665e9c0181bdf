import type { FlattenedField, Payload } from 'payload'

import { hasNulCharacter, isPlainObject } from '../../src/kernel/lib/values'
import { isHasMany, valueRule } from './fieldValues'

/** Keys Payload accepts in a body without declaring them as fields. */
const SYSTEM_KEYS = ['id', 'createdAt', 'updatedAt', 'deletedAt', '_status', 'password', 'confirm-password']
const ROW_KEYS = ['id']
const BLOCK_KEYS = ['id', 'blockType', 'blockName']
/** Auth collections take these as text without declaring them as fields. */
const TEXT_SYSTEM_KEYS = ['password', 'confirm-password']

export type BodyProblem = { path: string; label?: string; message: string }

type Walk = { payload: Payload; isUnknownRefused: boolean; out: BodyProblem[] }

/** The field's French label when it has one (the admin's word), else the key as sent. */
const frenchLabel = (field: FlattenedField | undefined): string | undefined => {
  const label = field && 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  return label && typeof label === 'object' ? (label as Record<string, string>).fr : undefined
}

const wrongType = (path: string, what: string, field?: FlattenedField): BodyProblem => {
  const label = frenchLabel(field)
  return { path, ...(label ? { label } : {}), message: `Valeur invalide pour « ${label ?? path} » (attendu : ${what}).` }
}

/** Empty values are Payload's to judge (required or not). */
const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

const checkValue = (field: FlattenedField, value: unknown, path: string, walk: Walk) => {
  if (isEmpty(value)) return
  const rule = valueRule({ field, payload: walk.payload, isBody: true })
  if (!rule) return
  if (isHasMany(field)) {
    if (!Array.isArray(value)) walk.out.push(wrongType(path, `une liste dont chaque élément est ${rule.what}`, field))
    else if (!value.every((item) => isEmpty(item) || rule.isValid(item))) walk.out.push(wrongType(path, `une liste dont chaque élément est ${rule.what}`, field))
    return
  }
  if (!rule.isValid(value)) walk.out.push(wrongType(path, rule.what, field))
}

/** Walks a body against the fields it is written to; a localized value keyed by locale is not walked. */
const walkFields = (data: Record<string, unknown>, fields: FlattenedField[], allowed: string[], prefix: string, walk: Walk) => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const path = `${prefix}${key}`
    const field = byName.get(key)
    if (!field) {
      if (TEXT_SYSTEM_KEYS.includes(key) && allowed.includes(key) && value !== undefined && (typeof value !== 'string' || hasNulCharacter(value))) {
        walk.out.push(wrongType(path, 'une chaîne de caractères'))
      } else if (walk.isUnknownRefused && !allowed.includes(key)) walk.out.push({ path, message: `Champ inconnu : « ${path} ». Retirez-le de la requête.` })
      continue
    }
    if (field.localized || value === null || value === undefined) continue
    if (field.type === 'group' || field.type === 'tab') {
      if (!isPlainObject(value)) walk.out.push(wrongType(path, 'un objet', field))
      else walkFields(value, field.flattenedFields, [], `${path}.`, walk)
    } else if (field.type === 'array') {
      if (!Array.isArray(value) || !value.every(isPlainObject)) walk.out.push(wrongType(path, 'une liste d’objets', field))
      else value.forEach((row, index) => walkFields(row, field.flattenedFields, ROW_KEYS, `${path}.${index}.`, walk))
    } else if (field.type === 'blocks') {
      if (!Array.isArray(value) || !value.every(isPlainObject)) walk.out.push(wrongType(path, 'une liste de blocs', field))
      else
        value.forEach((row, index) => {
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          if (block) walkFields(row, block.flattenedFields, BLOCK_KEYS, `${path}.${index}.`, walk)
        })
    } else checkValue(field, value, path, walk)
  }
}

/**
 * What is wrong in a create or update body, field by field: a value of the wrong type (an
 * object where text is expected, a number for a password, a select value that is not an option,
 * a NUL character PostgreSQL cannot store), and, with `isUnknownRefused`, a key the collection
 * does not have.
 */
export const bodyProblems = ({
  data,
  fields,
  payload,
  isUnknownRefused,
}: {
  data: Record<string, unknown>
  fields: FlattenedField[]
  payload: Payload
  isUnknownRefused: boolean
}): BodyProblem[] => {
  const walk: Walk = { payload, isUnknownRefused, out: [] }
  walkFields(data, fields, SYSTEM_KEYS, '', walk)
  return walk.out
}
