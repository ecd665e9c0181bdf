/** What the fuzz needs of the GraphQL schema, read by introspection (as Payload built it, names included). */
export type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type FieldInfo = { name: string; type: TypeRef; args: { name: string; type: TypeRef }[] }
type TypeInfo = {
  kind: string
  name: string
  fields: FieldInfo[] | null
  inputFields: { name: string; type: TypeRef }[] | null
  possibleTypes: { name: string }[] | null
  enumValues: { name: string }[] | null
}

export type GraphqlSchema = {
  types: Map<string, TypeInfo>
  query: Map<string, FieldInfo>
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }'
const INTROSPECTION = `{ __schema { queryType { name } types { kind name
  fields(includeDeprecated: true) { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } }
  possibleTypes { name }
  enumValues(includeDeprecated: true) { name } } } }`

export const unwrap = (type: TypeRef): TypeRef => (type.ofType ? unwrap(type.ofType) : type)

/** `[Int!]!` as GraphQL writes it, for variable declarations. */
export const typeString = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${typeString(type.ofType!)}!` : type.kind === 'LIST' ? `[${typeString(type.ofType!)}]` : type.name!

export const loadGraphqlSchema = async ({ baseURL, token }: { baseURL: string; token?: string }): Promise<GraphqlSchema> => {
  const response = await fetch(`${baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query: INTROSPECTION }),
  })
  const body = (await response.json()) as { data?: { __schema: { queryType: { name: string }; types: TypeInfo[] } }; errors?: unknown }
  if (!body.data) throw new Error(`Introspection GraphQL impossible : ${response.status} ${JSON.stringify(body.errors).slice(0, 300)}`)
  const types = new Map(body.data.__schema.types.map((type) => [type.name, type]))
  const queryType = types.get(body.data.__schema.queryType.name)!
  return { types, query: new Map((queryType.fields ?? []).map((field) => [field.name, field])) }
}
