import { graphql } from './api'

type TypeRef = { kind: string; name: string | null; ofType?: TypeRef | null }
type InputField = { name: string; type: TypeRef }

const namedType = (type: TypeRef): TypeRef => (type.ofType ? namedType(type.ofType) : type)

/** Payload's GraphQL enum names: accents dropped, separators turned into `_` (its `formatName`). */
const enumName = (value: string) => {
  const plain = value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[.\-/+,()'[\]]/g, '_').replace(/ /g, '')
  return /^\d/.test(plain) ? `_${plain}` : plain
}

const inputFieldsCache = new Map<string, Promise<InputField[]>>()

const inputFieldsOf = (typeName: string, token: string) => {
  if (!inputFieldsCache.has(typeName)) {
    const query = `query ($name: String!) { __type(name: $name) { inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`
    inputFieldsCache.set(
      typeName,
      graphql(query, { name: typeName }, token).then((r) => (r.data?.__type?.inputFields ?? []) as InputField[]),
    )
  }
  return inputFieldsCache.get(typeName)!
}

const dataArgTypeCache = new Map<string, Promise<string>>()

const dataArgType = (mutation: string, token: string) => {
  if (!dataArgTypeCache.has(mutation)) {
    const query = `{ __type(name: "Mutation") { fields { name args { name type { kind name ofType { kind name } } } } } }`
    dataArgTypeCache.set(
      mutation,
      graphql(query, {}, token).then((r) => {
        const field = (r.data?.__type?.fields ?? []).find((f: { name: string }) => f.name === mutation)
        const arg = field?.args.find((a: { name: string }) => a.name === 'data')
        if (!arg) throw new Error(`Pas de mutation GraphQL ${mutation}`)
        return namedType(arg.type).name as string
      }),
    )
  }
  return dataArgTypeCache.get(mutation)!
}

/** Turns REST-shaped data into the input GraphQL expects (enum values named as Payload names them). */
const toInput = async (typeName: string, data: Record<string, unknown>, token: string) => {
  const fields = new Map((await inputFieldsOf(typeName, token)).map((field) => [field.name, field]))
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const type = fields.get(key) ? namedType(fields.get(key)!.type) : undefined
      if (type?.kind !== 'ENUM') return [key, value]
      return [key, Array.isArray(value) ? value.map((v) => enumName(String(v))) : enumName(String(value))]
    }),
  )
}

export type GraphQLWrite = { ok: boolean; id?: number; errors?: { message: string }[] }

const outcome = (result: { data?: Record<string, { id?: number } | null>; errors?: { message: string }[] }, mutation: string): GraphQLWrite => {
  const doc = result.data?.[mutation]
  return { ok: Boolean(doc?.id) && !result.errors?.length, id: doc?.id, errors: result.errors }
}

/** `create<Singular>(data)` as a client would send it. */
export const graphqlCreate = async (singular: string, data: Record<string, unknown>, token: string) => {
  const mutation = `create${singular}`
  const typeName = await dataArgType(mutation, token)
  const result = await graphql(`mutation ($data: ${typeName}!) { ${mutation}(data: $data) { id } }`, { data: await toInput(typeName, data, token) }, token)
  return outcome(result, mutation)
}

/** `update<Singular>(id, data)`. */
export const graphqlUpdate = async (singular: string, id: number, data: Record<string, unknown>, token: string) => {
  const mutation = `update${singular}`
  const typeName = await dataArgType(mutation, token)
  const result = await graphql(`mutation ($id: Int!, $data: ${typeName}!) { ${mutation}(id: $id, data: $data) { id } }`, { id, data: await toInput(typeName, data, token) }, token)
  return outcome(result, mutation)
}

/** `delete<Singular>(id)`. */
export const graphqlDelete = async (singular: string, id: number, token: string) => {
  const mutation = `delete${singular}`
  return outcome(await graphql(`mutation ($id: Int!) { ${mutation}(id: $id) { id } }`, { id }, token), mutation)
}
