import type { FlattenedField } from 'payload'

import type { AccessOracle } from './accessOracle'
import type { FuzzCollection } from './collections'
import type { Principal } from './principals'

/** Never in any response, to anyone. */
const SECRET_KEYS = new Set(['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', '_verificationToken', 'apiKey', 'apiKeyIndex', 'loginAttempts', 'lockUntil'])
/** Only in the caller's own record. */
const OWNER_ONLY_KEYS = new Set(['sessions'])

export type Leak = { collection: string; id: string; reason: string }

type Context = { principal: Principal; oracle: AccessOracle; collections: Map<string, FuzzCollection>; leaks: Leak[]; checked: { documents: number } }

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value)

/**
 * One returned document against the ground truth: it must be in the caller's readable set, carry
 * no key the caller's own Local API read did not carry, and no secret. `keys` are the keys the
 * response really gives (GraphQL answers null for a field it may not show: a null is no leak).
 */
const checkDocument = async ({ context, collection, doc, keys }: { context: Context; collection: string; doc: Record<string, unknown>; keys: string[] }) => {
  const { principal, oracle, leaks } = context
  const id = String(doc.id)
  context.checked.documents++
  const isOwn = principal.user?.collection === collection && String(principal.user.id) === id
  for (const key of keys) {
    if (SECRET_KEYS.has(key)) leaks.push({ collection, id, reason: `champ secret « ${key} »` })
    // Payload answers a refused array field as `[]`: only content (a session id) is a leak.
    if (OWNER_ONLY_KEYS.has(key) && !isOwn && !(Array.isArray(doc[key]) && (doc[key] as unknown[]).length === 0)) leaks.push({ collection, id, reason: `champ « ${key} » d'un autre que l'appelant` })
  }
  const readable = await oracle.readable({ principal, collection })
  let allowed = readable.get(id) ?? (await oracle.recheck({ principal, collection, id }))
  if (!allowed) {
    leaks.push({ collection, id, reason: 'document hors du périmètre de lecture' })
    return
  }
  const extra = () => keys.filter((key) => key !== 'id' && !allowed!.has(key) && !SECRET_KEYS.has(key))
  if (extra().length) allowed = (await oracle.recheck({ principal, collection, id })) ?? allowed
  if (extra().length) leaks.push({ collection, id, reason: `champs non lisibles par l'appelant : ${extra().join(', ')}` })
}

const walkFields = async ({ context, fields, value }: { context: Context; fields: FlattenedField[]; value: Record<string, unknown> }) => {
  for (const field of fields) {
    const item = value[field.name]
    if (item === null || item === undefined) continue
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const related of Array.isArray(item) ? item : [item]) {
        if (Array.isArray(field.relationTo)) {
          if (isObject(related) && isObject(related.value)) await walkDocument({ context, collection: String(related.relationTo), doc: related.value })
        } else if (isObject(related)) await walkDocument({ context, collection: field.relationTo, doc: related })
      }
    } else if (field.type === 'join' && isObject(item) && Array.isArray(item.docs)) {
      for (const related of item.docs) {
        if (isObject(related) && 'relationTo' in related && isObject(related.value)) await walkDocument({ context, collection: String(related.relationTo), doc: related.value })
        else if (isObject(related) && typeof field.collection === 'string') await walkDocument({ context, collection: field.collection, doc: related })
      }
    } else if ((field.type === 'group' || field.type === 'tab') && isObject(item)) await walkFields({ context, fields: field.flattenedFields, value: item })
    else if (field.type === 'array' && Array.isArray(item)) {
      for (const row of item) if (isObject(row)) await walkFields({ context, fields: field.flattenedFields, value: row })
    } else if (field.type === 'blocks' && Array.isArray(item)) {
      for (const row of item) {
        const block = isObject(row) ? field.blocks.find((b) => typeof b === 'object' && b.slug === row.blockType) : undefined
        if (block && typeof block === 'object' && isObject(row)) await walkFields({ context, fields: block.flattenedFields, value: row })
      }
    }
  }
}

/** A REST document and every document populated inside it (through `depth`), by the collection's schema. */
const walkDocument = async ({ context, collection, doc }: { context: Context; collection: string; doc: Record<string, unknown> }) => {
  if (!('id' in doc)) return
  await checkDocument({ context, collection, doc, keys: Object.keys(doc) })
  const schema = context.collections.get(collection)
  if (schema) await walkFields({ context, fields: schema.fields, value: doc })
}

/**
 * Whether a GraphQL value reveals anything. Payload's resolver of a group field always answers an
 * object (`{ ...parent[name] }`), so a group the caller may not read comes back with every leaf
 * null: a shape of the schema, not data. Any non-null leaf counts.
 */
const carriesData = (value: unknown): boolean =>
  value !== null && value !== undefined && (!isObject(value) || Object.entries(value).some(([key, item]) => key !== '__typename' && carriesData(item)))

/** A GraphQL answer: every object whose `__typename` is a collection's type is a document to check. */
const walkGraphql = async ({ context, value, typeToCollection }: { context: Context; value: unknown; typeToCollection: Map<string, string> }): Promise<void> => {
  if (Array.isArray(value)) {
    for (const item of value) await walkGraphql({ context, value: item, typeToCollection })
    return
  }
  if (!isObject(value)) return
  const collection = typeof value.__typename === 'string' ? typeToCollection.get(value.__typename) : undefined
  if (collection && 'id' in value) {
    const keys = Object.keys(value).filter((key) => key !== '__typename' && carriesData(value[key]))
    await checkDocument({ context, collection, doc: value, keys })
  }
  for (const [key, item] of Object.entries(value)) {
    if (SECRET_KEYS.has(key) && item !== null && !collection) context.leaks.push({ collection: '?', id: '?', reason: `champ secret « ${key} »` })
    await walkGraphql({ context, value: item, typeToCollection })
  }
}

export const checkRestBody = async ({ context, collection, body, kind }: { context: Context; collection: string; body: unknown; kind: 'list' | 'id' }) => {
  const docs = kind === 'list' ? (isObject(body) && Array.isArray(body.docs) ? body.docs : []) : [body]
  for (const doc of docs) if (isObject(doc)) await walkDocument({ context, collection, doc })
}

export const checkGraphqlBody = async ({ context, body, typeToCollection }: { context: Context; body: unknown; typeToCollection: Map<string, string> }) => {
  if (isObject(body)) await walkGraphql({ context, value: body.data, typeToCollection })
}

export type CheckContext = Context
