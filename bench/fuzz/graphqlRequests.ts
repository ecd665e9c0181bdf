import type { FuzzCollection } from './collections'
import { unwrap, typeString, type GraphqlSchema, type TypeRef } from './graphqlSchema'
import type { Random } from './random'
import { conditionShape, pickConditions, type Condition, type FuzzRequest } from './restRequests'

const NESTING_LIMIT = 4

/**
 * A random selection of `typeName`'s fields. `hops` is how many relationships may still be
 * followed (GraphQL's equivalent of `depth`); groups, arrays and join pages cost no hop.
 * `__typename` is always asked for: the check maps it back to a collection.
 */
const selection = ({ rnd, schema, typeName, hops, nesting, collectionTypes }: { rnd: Random; schema: GraphqlSchema; typeName: string; hops: number; nesting: number; collectionTypes: Set<string> }): string => {
  const type = schema.types.get(typeName)
  const parts = ['__typename']
  for (const field of type?.fields ?? []) {
    if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) continue
    const target = unwrap(field.type)
    if (field.name === 'id') {
      parts.push('id')
      continue
    }
    if (!rnd.chance(0.6)) continue
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name)
    else if (target.kind === 'OBJECT' && target.name) {
      const isDocument = collectionTypes.has(target.name)
      if ((isDocument && hops === 0) || nesting >= NESTING_LIMIT) continue
      parts.push(`${field.name} { ${selection({ rnd, schema, typeName: target.name, hops: isDocument ? hops - 1 : hops, nesting: nesting + 1, collectionTypes })} }`)
    } else if (target.kind === 'UNION' && target.name && hops > 0 && nesting < NESTING_LIMIT) {
      const members = schema.types.get(target.name)?.possibleTypes ?? []
      // Only `id` in each member: the same field name with another type in two members is a GraphQL validation error.
      const inline = members.map((m) => `... on ${m.name} { __typename id }`)
      parts.push(`${field.name} { __typename ${inline.join(' ')} }`)
    }
  }
  return parts.join(' ')
}

/** The operator's input type, from the collection's where input type (`Offer_where` → `Offer_title_operator`). */
const operatorInput = ({ schema, whereType, condition }: { schema: GraphqlSchema; whereType: string; condition: Condition }): TypeRef | undefined => {
  const fieldInput = schema.types.get(whereType)?.inputFields?.find((f) => f.name === condition.field.path)
  const operators = fieldInput && schema.types.get(unwrap(fieldInput.type).name!)
  return operators?.inputFields?.find((f) => f.name === condition.operator)?.type
}

const enumName = (value: unknown) => String(value).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[.\-/+,()'[\]]/g, '_').replace(/ /g, '')

/** Coerces a sampled value to what the operator's input type accepts (enums by their GraphQL names, lists, numbers). */
const graphqlValue = ({ rnd, schema, type, value }: { rnd: Random; schema: GraphqlSchema; type: TypeRef; value: unknown }): unknown => {
  const inner = unwrap(type)
  const isList = (type.kind === 'NON_NULL' ? type.ofType! : type).kind === 'LIST'
  const one = (v: unknown) => {
    if (inner.kind === 'ENUM') {
      const names = (schema.types.get(inner.name!)?.enumValues ?? []).map((e) => e.name)
      return names.includes(enumName(v)) ? enumName(v) : rnd.pick(names)
    }
    if (inner.name === 'Boolean') return typeof v === 'boolean' ? v : rnd.chance(0.5)
    if (inner.name === 'Int' || inner.name === 'Float') return Number.isFinite(Number(v)) ? Number(v) : 1
    if (inner.name === 'JSON') return v
    return String(v)
  }
  const values = Array.isArray(value) ? value : [value]
  return isList ? values.map(one) : one(values[0])
}

/** A GraphQL read: the collection's list query with where (as variables), sort, limit and page, or its by-id query. */
export const graphqlRequest = async ({
  rnd,
  collection,
  schema,
  collectionTypes,
  readableKeys,
  docsOf,
  id,
}: {
  rnd: Random
  collection: FuzzCollection & { graphql: NonNullable<FuzzCollection['graphql']> }
  schema: GraphqlSchema
  collectionTypes: Set<string>
  readableKeys: Set<string>
  docsOf: (collection: string) => Promise<Record<string, unknown>[]>
  id?: number | string
}): Promise<FuzzRequest | undefined> => {
  const hops = rnd.int(0, 3)
  if (id !== undefined) {
    const query = schema.query.get(collection.graphql.singular)
    const idArg = query?.args.find((a) => a.name === 'id')
    if (!query || !idArg) return undefined
    const fields = selection({ rnd, schema, typeName: unwrap(query.type).name!, hops, nesting: 0, collectionTypes })
    const numeric = unwrap(idArg.type).name === 'Int'
    return {
      api: 'graphql',
      kind: 'id',
      collection: collection.slug,
      method: 'POST',
      path: '/api/graphql',
      body: JSON.stringify({ query: `query Fuzz($id: ${typeString(idArg.type)}) { ${collection.graphql.singular}(id: $id) { ${fields} } }`, variables: { id: numeric ? Number(id) : String(id) } }),
      shape: `GraphQL id ${collection.slug}`,
    }
  }
  const query = schema.query.get(collection.graphql.plural)
  const whereArg = query?.args.find((a) => a.name === 'where')
  const docsType = query && schema.types.get(unwrap(query.type).name!)?.fields?.find((f) => f.name === 'docs')
  if (!query || !whereArg || !docsType) return undefined
  const whereType = unwrap(whereArg.type).name!
  const conditions = (await pickConditions({ rnd, collection, readableKeys, docsOf, topLevelOnly: true })).filter((c) => operatorInput({ schema, whereType, condition: c }))
  const clauses = conditions.map((condition) => ({
    [condition.field.path]: { [condition.operator]: graphqlValue({ rnd, schema, type: operatorInput({ schema, whereType, condition })!, value: condition.value }) },
  }))
  const where = clauses.length > 1 ? { [rnd.chance(0.3) ? 'OR' : 'AND']: clauses } : (clauses[0] ?? {})
  const sortable = collection.queryable.filter((f) => !f.hasMany && !f.path.includes('.'))
  const sort = sortable.length && rnd.chance(0.6) ? `${rnd.chance(0.5) ? '-' : ''}${rnd.pick(sortable).path}` : undefined
  const fields = selection({ rnd, schema, typeName: unwrap(docsType.type).name!, hops, nesting: 0, collectionTypes })
  const args = [`where: $where`, `limit: ${rnd.chance(0.1) ? 100 : rnd.int(1, 30)}`, `page: ${rnd.int(1, 3)}`, ...(sort ? [`sort: ${JSON.stringify(sort)}`] : [])]
  return {
    api: 'graphql',
    kind: 'list',
    collection: collection.slug,
    method: 'POST',
    path: '/api/graphql',
    body: JSON.stringify({ query: `query Fuzz($where: ${whereType}) { ${collection.graphql.plural}(${args.join(', ')}) { totalDocs docs { ${fields} } } }`, variables: { where } }),
    shape: `GraphQL liste ${collection.slug} ${conditions.map(conditionShape).join(' ')}${sort ? ' sort' : ''}`.trim(),
  }
}
