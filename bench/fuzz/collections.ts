import { formatNames, toWords, type FlattenedField, type Payload } from 'payload'

/** A field a filter or a sort can name, as REST spells it (`structure`, `structure.name`, `address.city`). */
export type QueryField = {
  path: string
  type: string
  /** For relationship and upload fields: the collection they point to (single target only). */
  relationTo?: string
  hasMany?: boolean
  /** Where the value is read in a document of the collection (or of `relationTo` for a path through it). */
  valueFrom: { collection: string; key: string[] }
}

export type FuzzCollection = {
  slug: string
  fields: FlattenedField[]
  queryable: QueryField[]
  /** Top-level field names, for `select`. */
  selectable: string[]
  /** GraphQL query names (Payload's own naming); absent when the collection has no GraphQL queries. */
  graphql?: { singular: string; plural: string }
}

const SCALAR_TYPES = new Set(['text', 'textarea', 'email', 'number', 'date', 'checkbox', 'select', 'radio', 'code'])
const isRelation = (field: FlattenedField) => field.type === 'relationship' || field.type === 'upload'

const scalarFields = ({ fields, collection, prefix = [] }: { fields: FlattenedField[]; collection: string; prefix?: string[] }): QueryField[] =>
  fields.flatMap((field): QueryField[] => {
    if (SCALAR_TYPES.has(field.type))
      return [{ path: [...prefix, field.name].join('.'), type: field.type, hasMany: 'hasMany' in field && !!field.hasMany, valueFrom: { collection, key: [...prefix, field.name] } }]
    if (field.type === 'group' && prefix.length === 0) return scalarFields({ fields: field.flattenedFields, collection, prefix: [field.name] })
    return []
  })

/**
 * Every collection of the running config with what the fuzz may filter, sort and select on:
 * scalar fields, groups' fields, single-target relationships, and one step through a relationship
 * (`structure.name`, `account.structure`), the kind of filter that could reach past the scope.
 */
export const fuzzCollections = (payload: Payload): FuzzCollection[] => {
  const configs = payload.config.collections
  const bySlug = new Map<string, (typeof configs)[number]>(configs.map((c) => [c.slug, c]))
  // Collections served neither over REST nor GraphQL (payload-migrations): Payload answers 501 to any path there.
  const served = configs.filter((config) => !(config.endpoints === false && config.graphQL === false))
  return served.map((config) => {
    const own = scalarFields({ fields: config.flattenedFields, collection: config.slug })
    const relations: QueryField[] = config.flattenedFields
      .filter((field) => isRelation(field) && typeof (field as { relationTo: unknown }).relationTo === 'string')
      .flatMap((field) => {
        const relationTo = (field as { relationTo: string }).relationTo
        const direct: QueryField = {
          path: field.name,
          type: field.type,
          relationTo,
          hasMany: 'hasMany' in field && !!field.hasMany,
          valueFrom: { collection: config.slug, key: [field.name] },
        }
        const target = bySlug.get(relationTo)
        const through = target
          ? [
              { path: `${field.name}.id`, type: 'number', valueFrom: { collection: relationTo, key: ['id'] } },
              ...scalarFields({ fields: target.flattenedFields, collection: relationTo }).map((sub) => ({ ...sub, path: `${field.name}.${sub.path}` })),
              ...target.flattenedFields
                .filter((sub) => isRelation(sub) && typeof (sub as { relationTo: unknown }).relationTo === 'string')
                .map((sub) => ({ path: `${field.name}.${sub.name}`, type: sub.type, relationTo: (sub as { relationTo: string }).relationTo, valueFrom: { collection: relationTo, key: [sub.name] } })),
            ]
          : []
        return [direct, ...through]
      })
    const graphQL = config.graphQL
    let graphql: FuzzCollection['graphql']
    if (graphQL !== false) {
      const fromSlug = formatNames(config.slug)
      const singular = graphQL?.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
      let plural = graphQL?.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
      if (plural === singular) plural = `all${singular}`
      graphql = { singular, plural }
    }
    return {
      slug: config.slug,
      fields: config.flattenedFields,
      queryable: [{ path: 'id', type: 'number', valueFrom: { collection: config.slug, key: ['id'] } }, ...own, ...relations],
      selectable: config.flattenedFields.map((field) => field.name),
      graphql,
    }
  })
}
