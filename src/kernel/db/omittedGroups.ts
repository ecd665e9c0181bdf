import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Field,
  FlattenedField,
  Plugin,
  SanitizedCollectionConfig,
  SelectType,
} from 'payload'
import { getSelectMode } from 'payload/shared'

type AnyField = Field | FlattenedField

/** The fields inside a container, as configured (`fields`, `tabs`) or as Payload flattened them. */
const childFieldsOf = (field: AnyField): AnyField[] => {
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) return field.flattenedFields
  if (field.type === 'tabs') return field.tabs.flatMap((tab) => tab.fields)
  return 'fields' in field && Array.isArray(field.fields) ? field.fields : []
}

/**
 * A field the PostgreSQL adapter reads from a table of its own (one lateral subquery per
 * document), or a container holding one; for configured and flattened fields alike.
 */
const readFromItsOwnTable = (field: AnyField): boolean => {
  const { hasMany, relationTo } = field as { hasMany?: boolean; relationTo?: unknown }
  switch (field.type) {
    case 'array':
    case 'blocks':
    case 'join':
      return true
    case 'select':
    case 'text':
    case 'number':
      return Boolean(hasMany)
    case 'relationship':
    case 'upload':
      return Boolean(hasMany) || Array.isArray(relationTo)
    default:
      return childFieldsOf(field).some(readFromItsOwnTable)
  }
}

const groupsByCollection = new WeakMap<SanitizedCollectionConfig, string[]>()

/** The collection's named groups and tabs holding such fields (`alerts` on users and accounts). */
const guardedGroupsOf = (collection: SanitizedCollectionConfig): string[] => {
  let names = groupsByCollection.get(collection)
  if (!names) {
    names = collection.flattenedFields.filter((field) => (field.type === 'group' || field.type === 'tab') && readFromItsOwnTable(field)).map((field) => field.name)
    groupsByCollection.set(collection, names)
  }
  return names
}

/** The selects this module completed, and the groups it added to each (read back after the operation). */
const addedGroups = new WeakMap<object, string[]>()

/**
 * Works around @payloadcms/drizzle 3.x (payloadcms/payload#18143, open): an inclusion `select`
 * that leaves a group out still reads every array and hasMany field inside it. A staff list asking
 * for its seven columns thus read each account's notification choices (`alerts.email`,
 * `alerts.inApp`: two lateral subqueries per row, the SQL to build and the JSON to parse) only for
 * Payload to drop them (issue #16). The omitted group is named with an empty selection (`{}`),
 * which the adapter honours; `dropAddedGroups` removes the empty object this leaves in the answer,
 * so the documents are exactly what the client's select gives.
 */
export const skipOmittedGroups: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'read') return args
  const select = (args as { select?: SelectType }).select
  if (!select || Object.keys(select).length === 0 || getSelectMode(select) !== 'include') return args
  const omitted = guardedGroupsOf(collection).filter((name) => select[name] === undefined)
  if (omitted.length === 0) return args
  const completed: SelectType = { ...select, ...Object.fromEntries(omitted.map((name) => [name, {}])) }
  addedGroups.set(completed, omitted)
  return { ...args, select: completed }
}

const isEmptyObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0

/** Takes out of the answer the empty groups `skipOmittedGroups` asked for, and only those. */
export const dropAddedGroups: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if ((operation !== 'find' && operation !== 'findByID') || !result) return result
  const select = (args as { select?: object }).select
  const omitted = select ? addedGroups.get(select) : undefined
  if (!omitted) return result
  const docs = operation === 'find' ? ((result as { docs?: Record<string, unknown>[] }).docs ?? []) : [result as Record<string, unknown>]
  for (const doc of docs) for (const name of omitted) if (isEmptyObject(doc?.[name])) delete doc[name]
  return result
}

/** Does the collection hold a named group or tab with such a field (what `skipOmittedGroups` can spare)? */
const holdsSuchAGroup = (fields: Field[]): boolean =>
  fields.some((field) => {
    if (field.type === 'group') return 'name' in field && field.name ? readFromItsOwnTable(field) : holdsSuchAGroup(field.fields)
    if (field.type === 'tabs') return field.tabs.some((tab) => ('name' in tab && tab.name ? tab.fields.some(readFromItsOwnTable) : holdsSuchAGroup(tab.fields)))
    if (field.type === 'row' || field.type === 'collapsible') return holdsSuchAGroup(field.fields)
    return false
  })

const withOmittedGroupsSkipped = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    // Last before the operation: after any hook that sets the select.
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), skipOmittedGroups],
    // First after it: the other hooks see the answer as the client asked for it.
    afterOperation: [dropAddedGroups, ...(collection.hooks?.afterOperation ?? [])],
  },
})

/**
 * On every collection the modules built that holds such a group (users, accounts): a select that
 * leaves the group out reads nothing of it. The others get no hook (Instant-T's submission path
 * relies on its collection having none: test/int/instant-t-codes).
 */
export const omittedGroupsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => (holdsSuchAGroup(collection.fields) ? withOmittedGroupsSkipped(collection) : collection)),
  })
