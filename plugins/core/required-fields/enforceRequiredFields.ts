import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { asPrincipal, isStaffUser } from '../../../src/kernel/access'
import { relationId } from '../../../src/kernel/lib/relationId'
import { transitionInContext } from '../../lifecycle/types'
import { REQUIRABLE_ACCOUNT_FIELDS } from './fields'
import { requiredFieldsFor } from './rulesFor'

const valueAt = (doc: Record<string, unknown> | undefined, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

const touchesRecordFields = (data: Record<string, unknown> | undefined) =>
  Object.keys(REQUIRABLE_ACCOUNT_FIELDS).some((path) => valueAt(data, path) !== undefined)

/**
 * « Les champs obligatoires »: a record written by staff (admin form, REST, GraphQL) must fill
 * every field the rules of its structure and of the structures above it require; one 400 names
 * each missing field in French. Checked at creation and whenever the record's own fields are
 * saved (the admin form always sends them), on the record as it will be after the write. Not
 * checked: a young person's own pre-registration or profile, lifecycle transitions (archiving
 * empties the identity on purpose) and writes that change none of these fields (a transfer of
 * counsellor or of structure), so an old incomplete record never blocks those.
 */
export const enforceRequiredFields: CollectionBeforeValidateHook = async ({ data, originalDoc, req, operation, collection, context }) => {
  if (!isStaffUser(asPrincipal(req.user)) || transitionInContext(context)) return data
  if (operation === 'update' && !touchesRecordFields(data)) return data
  const structure = relationId(data && 'structure' in data ? data.structure : originalDoc?.structure)
  const required = await requiredFieldsFor({ req, structure })
  const missing = required.filter(({ path }) => {
    const incoming = valueAt(data, path)
    return isEmpty(incoming === undefined ? valueAt(originalDoc, path) : incoming)
  })
  if (!missing.length) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: missing.map(({ path, label, requiredBy }) => ({
        path,
        label,
        message: `Le champ « ${label} » est obligatoire (${requiredBy.map((rule) => `${rule.type === 'region' ? 'règle régionale' : 'règle locale'} : ${rule.name}`).join(' ; ')}).`,
      })),
    },
    req.t,
  )
}
