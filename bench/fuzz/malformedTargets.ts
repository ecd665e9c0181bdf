/**
 * Every place a client can write, as the corpus sees it: each collection's REST create and
 * update (by id and by `where`), its GraphQL create and update mutations, each lifecycle's
 * `POST /:id/transitions`, every custom endpoint of the plugins (anonymous ones included), and
 * the id and filter paths of each collection. Each target is turned into malformed cases.
 */
import type { Endpoint, FlattenedField, SanitizedConfig } from 'payload'

import {
  FILTER_OPERATORS,
  MALFORMED_FILTER_VALUES,
  MALFORMED_IDS,
  MALFORMED_RAW_BODIES,
  type Random,
  wrongFieldsBody,
} from './malformedValues'

export type CaseKind = 'rest-create' | 'rest-update' | 'graphql' | 'transition' | 'endpoint' | 'id' | 'filter'

export type CorpusCase = {
  kind: CaseKind
  label: string
  method: string
  /** Path and query, from `/api/…`. */
  path: string
  contentType?: string
  body?: string
  /** A write the server must refuse: its rows must not change. */
  isWrite: boolean
}

/** Payload's own endpoints (read by `find`, written by `create`/`update`): not custom. */
const PAYLOAD_ENDPOINTS = new Set(
  [
    'get /count', 'post /', 'delete /', 'delete /:id', 'post /access/:id?', 'get /versions', 'post /:id/duplicate', 'get /', 'get /:id',
    'get /versions/:id', 'post /versions/:id', 'patch /', 'patch /:id', 'post /forgot-password', 'get /init', 'post /login', 'post /logout',
    'get /me', 'post /refresh-token', 'post /first-register', 'post /reset-password', 'post /unlock', 'post /verify/:id', 'get /paste-url/:id?',
    'get /file/:filename', 'get /run', 'get /handle-schedules', 'get /:key', 'delete /:key', 'post /:key', 'get /access',
  ],
)

/** Custom endpoints that read no body: only their path is malformed (a body cannot be wrong). */
const BODYLESS = new Set(['post /sessions/:id/registration-requests', 'delete /instant-t/:id/link'])

/** Collections a client never writes through the API (Payload's own bookkeeping). */
const INTERNAL = new Set(['payload-migrations'])

const OBJECT = { $ne: 1 }
const NUL = 'a\u0000b'
/** JSON objects no custom endpoint accepts: wrong types for the keys they read, unknown events. */
const ENDPOINT_OBJECTS: Record<string, unknown>[] = [
  { event: 123 },
  { event: OBJECT },
  { event: NUL },
  { event: 'PAS_UN_EVENEMENT' },
  { event: ['ENABLE'] },
  { accounts: 'x' },
  { accounts: [OBJECT] },
  { account: OBJECT },
  { to: 'abc' },
  { to: 1e308 },
  { actions: NUL },
  { champInconnu: 1, event: 'PAS_UN_EVENEMENT' },
]

const MALFORMED_QUERIES = ['limit=abc', 'page=1e308', 'id=%00', 'q=a%00b', 'from=99999-01-01', 'to=hier', 'structure=abc', 'account=1e308', 'where[id][near]=1,2', 'depth=abc', 'sort=%00']

export type GraphqlMutation = { name: string; dataType: string; hasId: boolean; idType: string }
export type GraphqlInputField = { name: string; kind: string; typeName: string }

export type TargetContext = {
  config: SanitizedConfig
  /** One existing id per collection (as super-admin), when it has any. */
  existingIds: Record<string, number | string | undefined>
  mutations: GraphqlMutation[]
  inputTypes: Map<string, GraphqlInputField[]>
  random: Random
}

const json = (value: unknown) => JSON.stringify(value)

const restWriteCases = ({ slug, fields, id, random }: { slug: string; fields: FlattenedField[]; id?: number | string; random: Random }): CorpusCase[] => {
  const cases: CorpusCase[] = []
  const writes: { kind: CaseKind; method: string; path: string }[] = [{ kind: 'rest-create', method: 'POST', path: `/api/${slug}` }]
  if (id !== undefined) {
    writes.push({ kind: 'rest-update', method: 'PATCH', path: `/api/${slug}/${id}` })
    writes.push({ kind: 'rest-update', method: 'PATCH', path: `/api/${slug}?where[id][equals]=${id}` })
  }
  for (const write of writes) {
    for (const raw of MALFORMED_RAW_BODIES) cases.push({ ...write, label: `${write.method} ${slug} : ${raw.label}`, contentType: raw.contentType, body: raw.body, isWrite: true })
    for (let i = 0; i < 12; i++) {
      const { label, body } = wrongFieldsBody(fields, random)
      cases.push({ ...write, label: `${write.method} ${slug} : ${label}`, contentType: 'application/json', body: json(body), isWrite: true })
    }
  }
  return cases
}

const idAndFilterCases = ({ slug, fields, random }: { slug: string; fields: FlattenedField[]; random: Random }): CorpusCase[] => {
  const cases: CorpusCase[] = []
  for (const id of MALFORMED_IDS) {
    cases.push({ kind: 'id', label: `GET ${slug}/${id}`, method: 'GET', path: `/api/${slug}/${id}`, isWrite: false })
    cases.push({ kind: 'id', label: `PATCH ${slug}/${id}`, method: 'PATCH', path: `/api/${slug}/${id}`, contentType: 'application/json', body: '{"champInconnu":1}', isWrite: true })
    cases.push({ kind: 'id', label: `DELETE ${slug}/${id}`, method: 'DELETE', path: `/api/${slug}/${id}`, isWrite: true })
  }
  const filterable = [...fields.filter((field) => field.name && !['join', 'ui'].includes(field.type)).map((field) => field.name), 'id']
  for (let i = 0; i < 16; i++) {
    const field = random.pick(filterable)
    const operator = random.pick(FILTER_OPERATORS)
    const value = random.pick(MALFORMED_FILTER_VALUES)
    // Never DELETE by filter: a filter that happens to be valid (`not_equals`) would match rows.
    const method = random.pick(['GET', 'GET', 'PATCH'])
    cases.push({
      kind: 'filter',
      label: `${method} ${slug} ?where[${field}][${operator}]=${value}`,
      method,
      path: `/api/${slug}?where[${field}][${operator}]=${value}`,
      ...(method === 'PATCH' ? { contentType: 'application/json', body: '{"champInconnu":1}' } : {}),
      isWrite: method !== 'GET',
    })
  }
  return cases
}

const endpointCases = ({ base, endpoint, id }: { base: string; endpoint: Endpoint; id?: number | string }): CorpusCase[] => {
  const method = endpoint.method.toUpperCase()
  const key = `${endpoint.method} ${base}${endpoint.path}`
  const kind: CaseKind = endpoint.path.endsWith('/transitions') && method === 'POST' ? 'transition' : 'endpoint'
  const pathWith = (value: string) => `/api${base}${endpoint.path.replace(/:id\??/, value).replace(/:[a-z]+\??/gi, 'x')}`
  const isWrite = method !== 'GET'
  const cases: CorpusCase[] = []
  if (endpoint.path.includes(':id')) {
    for (const bad of MALFORMED_IDS) cases.push({ kind, label: `${method} ${pathWith(bad)}`, method, path: pathWith(bad), ...(isWrite ? { contentType: 'application/json', body: '{"event":"PAS_UN_EVENEMENT"}' } : {}), isWrite })
  }
  if (endpoint.path.includes(':id') && id === undefined) return cases
  const path = pathWith(String(id ?? ''))
  if (!isWrite) {
    for (const query of MALFORMED_QUERIES) cases.push({ kind, label: `GET ${path}?${query}`, method, path: `${path}?${query}`, isWrite })
    return cases
  }
  if (BODYLESS.has(key)) return cases
  for (const raw of MALFORMED_RAW_BODIES) cases.push({ kind, label: `${method} ${path} : ${raw.label}`, method, path, contentType: raw.contentType, body: raw.body, isWrite })
  for (const body of ENDPOINT_OBJECTS) cases.push({ kind, label: `${method} ${path} : ${json(body)}`, method, path, contentType: 'application/json', body: json(body), isWrite })
  return cases
}

/** A value of the wrong shape for a GraphQL input field that still passes GraphQL's own coercion when it can. */
const graphqlWrongValue = (field: GraphqlInputField, random: Random): unknown => {
  if (field.kind === 'SCALAR' && field.typeName === 'String') return random.pick([NUL, 'x@y.fr\u0000', [NUL]])
  if (field.kind === 'SCALAR' && field.typeName === 'Int') return random.pick([2147483648, 'abc', 1.5])
  if (field.kind === 'SCALAR' && field.typeName === 'Float') return random.pick(['NaN', 'abc', true])
  if (field.kind === 'SCALAR' && field.typeName === 'Boolean') return random.pick(['x', 3])
  // JSON, rich text and other custom scalars take any JSON: only a NUL inside is always wrong.
  if (field.kind === 'SCALAR') return random.pick([NUL, [NUL], { a: NUL }])
  if (field.kind === 'ENUM') return random.pick(['PAS_UNE_OPTION', 123])
  if (field.kind === 'LIST') return random.pick([[OBJECT], NUL, [NUL]])
  return random.pick(['x', [1], { champInconnu: NUL }])
}

const graphqlCases = ({ mutations, inputTypes, existingIds, random }: TargetContext): CorpusCase[] => {
  const cases: CorpusCase[] = []
  const body = (query: string, variables?: unknown) => json({ query, variables })
  for (const mutation of mutations) {
    const fields = inputTypes.get(mutation.dataType) ?? []
    for (let i = 0; i < 8 && fields.length > 0; i++) {
      const chosen = random.shuffle(fields).slice(0, 1 + Math.floor(random.next() * Math.min(3, fields.length)))
      const data = Object.fromEntries(chosen.map((field) => [field.name, graphqlWrongValue(field, random)]))
      const id = random.pick([...Object.values(existingIds).filter((value) => value !== undefined), 'xyz', 1e308, 2147483648])
      const query = mutation.hasId
        ? `mutation($id: ${mutation.idType}!, $data: ${mutation.dataType}!) { ${mutation.name}(id: $id, data: $data) { __typename } }`
        : `mutation($data: ${mutation.dataType}!) { ${mutation.name}(data: $data) { __typename } }`
      cases.push({ kind: 'graphql', label: `GraphQL ${mutation.name} : ${chosen.map((field) => field.name).join(', ')}`, method: 'POST', path: '/api/graphql', contentType: 'application/json', body: body(query, { id, data }), isWrite: true })
    }
  }
  const documents: [string, string, string?][] = [
    ['cycle de fragments', body('fragment A on Query { ...A } query { ...A }')],
    ['cycle de fragments indirect', body('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')],
    ['requête nombre', json({ query: 123 })],
    ['variables chaîne', json({ query: 'query($id: Int!) { __typename }', variables: 'x' })],
    ['corps nombre', '123'],
    ['corps null', 'null'],
    ['text/plain', body('{ __typename }'), 'text/plain'],
    ['formulaire', 'query=%7B__typename%7D', 'application/x-www-form-urlencoded'],
    ['imbrication profonde', body(`{ ${'Structures { docs { parent { '.repeat(60)}id${' } } }'.repeat(60)} }`)],
    ['caractère nul', body('{ Structures(where: { name: { equals: "a\\u0000b" } }) { totalDocs } }')],
    ['filtre near sur texte', body('{ Offers(where: { title: { near: "1,2,10" } }) { totalDocs } }')],
    ['id hors limites', body('{ Offers(where: { id: { equals: 1e308 } }) { totalDocs } }')],
    ['transition malformée', body('mutation { transitionDocument(collection: "accounts", id: "xyz", event: "PAS_UN_EVENEMENT") }')],
  ]
  for (const [label, text, contentType] of documents) cases.push({ kind: 'graphql', label: `GraphQL : ${label}`, method: 'POST', path: '/api/graphql', contentType: contentType ?? 'application/json', body: text, isWrite: true })
  return cases
}

/** Every case of the corpus, in a fixed order for a given seed. */
export const buildCorpus = (context: TargetContext): CorpusCase[] => {
  const { config, existingIds, random } = context
  const cases: CorpusCase[] = []
  for (const collection of config.collections) {
    if (INTERNAL.has(collection.slug)) continue
    const id = existingIds[collection.slug]
    cases.push(...restWriteCases({ slug: collection.slug, fields: collection.flattenedFields, id, random }))
    cases.push(...idAndFilterCases({ slug: collection.slug, fields: collection.flattenedFields, random }))
    for (const endpoint of collection.endpoints || []) {
      if (PAYLOAD_ENDPOINTS.has(`${endpoint.method} ${endpoint.path}`)) continue
      cases.push(...endpointCases({ base: `/${collection.slug}`, endpoint, id }))
    }
  }
  for (const endpoint of config.endpoints || []) {
    if (!PAYLOAD_ENDPOINTS.has(`${endpoint.method} ${endpoint.path}`)) cases.push(...endpointCases({ base: '', endpoint }))
  }
  for (const bad of ['99999', 'xyz', '%00']) cases.push({ kind: 'id', label: `DELETE payload-preferences/${bad}`, method: 'DELETE', path: `/api/payload-preferences/${bad}`, isWrite: true })
  cases.push(...graphqlCases(context))
  return cases
}
