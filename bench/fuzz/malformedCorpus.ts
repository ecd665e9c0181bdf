/**
 * The malformed-body corpus (issue 10): every create, update, transition and custom endpoint,
 * fed bodies, ids and filters it must refuse, as the demo users and anonymously, from a fixed
 * seed. Reports the cases sent, every 5xx, and every row a refused request changed.
 *
 *   const report = await runMalformedCorpus({ baseURL, databaseUrl, seed: 1 })
 *   console.log(formatCorpusReport(report))
 *
 * A small slice (`limit`) runs in the integration tests; the whole corpus in `npm run bench`.
 */
import type { SanitizedConfig } from 'payload'

import { confirmChanges, createSnapshotter, diffSnapshots, settle, type TableChange } from './malformedSnapshot'
import { buildCorpus, type CorpusCase, type GraphqlInputField, type GraphqlMutation } from './malformedTargets'
import { seededRandom } from './malformedValues'

/** Demo users (src/seed, README « Demo logins »): one per role, and an enabled young person. */
export const DEMO_STAFF_ROLES = [
  'super-admin', 'admin', 'referent-full', 'referent-accounts', 'referent-instant-t', 'referent-forms', 'referent-offers',
  'referent-accounts-caen', 'referent-structures', 'referent-structures-partners', 'referent-structures-employers',
  'mission-officer', 'establishment-referent', 'employer', 'academic-admin', 'counsellor', 'lead-counsellor',
]
export const DEMO_ACCOUNT = 'sarah.michel@exemple.fr'

export type CorpusOptions = {
  /** The running server, e.g. http://localhost:3000. */
  baseURL: string
  /** Its database: rows are compared through SQL before and after each refused request. */
  databaseUrl: string
  seed?: number
  /** Cases to send, drawn from the whole corpus by the seed; all of them when omitted. */
  limit?: number
  password?: string
  /** The sanitized config (collections, fields, endpoints); payload.config.ts when omitted. */
  config?: SanitizedConfig
  log?: (line: string) => void
}

export type CorpusFailure = { label: string; method: string; path: string; user: string; status: number; body: string }
export type CorpusRowChange = CorpusFailure & { changes: TableChange[] }

export type CorpusReport = {
  seed: number
  cases: number
  byStatus: Record<number, number>
  serverErrors: CorpusFailure[]
  /** Rows changed by requests the server refused (status ≥ 400): must be empty. */
  rowsChanged: CorpusRowChange[]
  /** Writes the server accepted (2xx): not malformed enough, listed so the corpus can be tightened. */
  accepted: CorpusFailure[]
  /** Tables seen changing beside a refused request that its replay did not repeat (the jobs queue, a clock). */
  backgroundChanges: { label: string; tables: string[] }[]
  durationMs: number
}

type Credential = { user: string; authorization?: string }

const login = async ({ baseURL, collection, email, password }: { baseURL: string; collection: string; email: string; password: string }) => {
  const response = await fetch(`${baseURL}/api/${collection}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const body = (await response.json().catch(() => ({}))) as { token?: string }
  return body.token
}

const credentialsOf = async ({ baseURL, password }: { baseURL: string; password: string }): Promise<Credential[]> => {
  const credentials: Credential[] = [{ user: 'anonyme' }]
  for (const role of DEMO_STAFF_ROLES) {
    const token = await login({ baseURL, collection: 'users', email: `${role}@tremplin.test`, password })
    if (token) credentials.push({ user: role, authorization: `JWT ${token}` })
  }
  const account = await login({ baseURL, collection: 'accounts', email: DEMO_ACCOUNT, password })
  if (account) credentials.push({ user: DEMO_ACCOUNT, authorization: `JWT ${account}` })
  return credentials
}

const graphqlSchemaOf = async ({ baseURL, authorization }: { baseURL: string; authorization?: string }) => {
  const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'
  const query = `{ __schema { mutationType { fields { name args { name type { ${typeRef} } } } } types { name kind inputFields { name type { ${typeRef} } } } } }`
  const response = await fetch(`${baseURL}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ query }) })
  type TypeRef = { kind: string; name: string | null; ofType?: TypeRef | null }
  const named = (type: TypeRef): TypeRef => (type.kind === 'NON_NULL' && type.ofType ? named(type.ofType) : type)
  const schema = ((await response.json()) as { data?: { __schema: any } }).data?.__schema
  const mutations: GraphqlMutation[] = []
  for (const field of schema?.mutationType?.fields ?? []) {
    if (!/^(create|update)/.test(field.name)) continue
    // A global's update takes no id: globals are not collections, outside this corpus.
    if (field.name.startsWith('update') && !field.args.some((arg: { name: string }) => arg.name === 'id')) continue
    const data = field.args.find((arg: { name: string }) => arg.name === 'data')
    const id = field.args.find((arg: { name: string }) => arg.name === 'id')
    if (!data) continue
    mutations.push({ name: field.name, dataType: named(data.type).name!, hasId: Boolean(id), idType: id ? named(id.type).name! : 'Int' })
  }
  const inputTypes = new Map<string, GraphqlInputField[]>()
  for (const type of schema?.types ?? []) {
    if (type.kind !== 'INPUT_OBJECT') continue
    inputTypes.set(type.name, type.inputFields.map((field: { name: string; type: TypeRef }) => ({ name: field.name, kind: named(field.type).kind, typeName: named(field.type).name ?? '' })))
  }
  return { mutations, inputTypes }
}

const existingIdsOf = async ({ baseURL, authorization, config }: { baseURL: string; authorization?: string; config: SanitizedConfig }) => {
  const ids: Record<string, number | string | undefined> = {}
  for (const collection of config.collections) {
    const response = await fetch(`${baseURL}/api/${collection.slug}?limit=1&depth=0&sort=id`, { headers: authorization ? { authorization } : {} })
    const body = (await response.json().catch(() => ({}))) as { docs?: { id: number | string }[] }
    ids[collection.slug] = body.docs?.[0]?.id
  }
  return ids
}

const send = async ({ baseURL, testCase, credential }: { baseURL: string; testCase: CorpusCase; credential: Credential }) => {
  const headers: Record<string, string> = {}
  if (testCase.contentType) headers['content-type'] = testCase.contentType
  if (credential.authorization) headers.authorization = credential.authorization
  try {
    const response = await fetch(`${baseURL}${testCase.path}`, { method: testCase.method, headers, body: testCase.body, signal: AbortSignal.timeout(30_000) })
    const text = await response.text()
    return { status: testCase.path === '/api/graphql' ? graphqlStatus(response.status, text) : response.status, body: text.slice(0, 300) }
  } catch (error) {
    // No answer at all (timeout, connection reset) is a server failure too.
    return { status: 599, body: `pas de réponse : ${(error as Error).message}` }
  }
}

/**
 * GraphQL answers 200 whatever happened: the outcome is in `errors`, each with the status
 * Payload gave it (`extensions.statusCode`, 500 for a crash); a validation error has none (400).
 */
const graphqlStatus = (httpStatus: number, text: string): number => {
  let parsed: { errors?: { extensions?: { statusCode?: number } }[] }
  try {
    parsed = JSON.parse(text)
  } catch {
    return httpStatus === 200 ? 500 : httpStatus
  }
  if (!parsed.errors?.length) return httpStatus
  return Math.max(httpStatus === 200 ? 0 : httpStatus, ...parsed.errors.map((error) => error.extensions?.statusCode ?? 400))
}

export const runMalformedCorpus = async ({ baseURL, databaseUrl, seed = 1, limit, password = process.env.DEMO_PASSWORD ?? 'Tremplin2026!', config: givenConfig, log = () => {} }: CorpusOptions): Promise<CorpusReport> => {
  const started = Date.now()
  const config = givenConfig ?? (await (await import('../../payload.config')).default)
  const random = seededRandom(seed)
  const credentials = await credentialsOf({ baseURL, password })
  const superAdmin = credentials.find((credential) => credential.user === 'super-admin')
  const { mutations, inputTypes } = await graphqlSchemaOf({ baseURL, authorization: superAdmin?.authorization })
  const existingIds = await existingIdsOf({ baseURL, authorization: superAdmin?.authorization, config })
  const corpus = random.shuffle(buildCorpus({ config, existingIds, mutations, inputTypes, random }))
  const cases = limit === undefined ? corpus : corpus.slice(0, limit)
  log(`Corpus malformé : ${cases.length} cas sur ${corpus.length} (graine ${seed}), ${credentials.length - 1} utilisateurs connectés`)

  const snapshotter = await createSnapshotter({ databaseUrl })
  const report: CorpusReport = { seed, cases: 0, byStatus: {}, serverErrors: [], rowsChanged: [], accepted: [], backgroundChanges: [], durationMs: 0 }
  try {
    let before = await settle(snapshotter.take)
    for (const [index, testCase] of cases.entries()) {
      // Half the cases as super-admin (past every access check), the others as anyone.
      const credential = random.next() < 0.5 && superAdmin ? superAdmin : random.pick(credentials)
      const { status, body } = await send({ baseURL, testCase, credential })
      report.cases++
      report.byStatus[status] = (report.byStatus[status] ?? 0) + 1
      const failure = { label: testCase.label, method: testCase.method, path: testCase.path, user: credential.user, status, body }
      if (status >= 500) report.serverErrors.push(failure)
      const isAccepted = status < 400
      if (testCase.isWrite && isAccepted && testCase.method !== 'GET') {
        report.accepted.push(failure)
        before = await settle(snapshotter.take)
        continue
      }
      if (!testCase.isWrite) continue
      const after = await snapshotter.take()
      const seen = diffSnapshots(before, after)
      if (seen.length > 0) {
        const changes = await confirmChanges({ take: snapshotter.take, replay: () => send({ baseURL, testCase, credential }) })
        if (changes.length > 0) report.rowsChanged.push({ ...failure, changes })
        else report.backgroundChanges.push({ label: testCase.label, tables: seen.map((change) => change.table) })
        before = await settle(snapshotter.take)
      } else before = after
      if ((index + 1) % 500 === 0) log(`… ${index + 1} cas, ${report.serverErrors.length} × 5xx, ${report.rowsChanged.length} écritures refusées ayant changé des lignes`)
    }
  } finally {
    await snapshotter.close()
  }
  report.durationMs = Date.now() - started
  return report
}

/** The figures in a few French lines, then each 5xx and each changed row. */
export const formatCorpusReport = (report: CorpusReport): string => {
  const statuses = Object.entries(report.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status} × ${count}`)
    .join(', ')
  const lines = [
    `Corpus malformé (graine ${report.seed}) : ${report.cases} cas envoyés en ${(report.durationMs / 1000).toFixed(1)} s`,
    `  réponses : ${statuses}`,
    `  réponses 5xx : ${report.serverErrors.length}`,
    `  lignes modifiées par des requêtes refusées : ${report.rowsChanged.length}`,
    `  écritures acceptées (corpus à resserrer) : ${report.accepted.length}`,
    `  écritures d’arrière-plan écartées (non reproduites au rejeu) : ${report.backgroundChanges.length}${report.backgroundChanges.length ? ` (${[...new Set(report.backgroundChanges.flatMap((change) => change.tables))].join(', ')})` : ''}`,
    ...report.serverErrors.map((failure) => `  5xx ${failure.status} ${failure.method} ${failure.path} [${failure.user}] ${failure.label} → ${failure.body.slice(0, 160)}`),
    ...report.rowsChanged.map((change) => `  lignes ${change.changes.map((c) => c.table).join(', ')} ← ${change.status} ${change.method} ${change.path} [${change.user}] ${change.label}`),
    ...report.accepted.map((accepted) => `  accepté ${accepted.status} ${accepted.method} ${accepted.path} [${accepted.user}] ${accepted.label}`),
  ]
  return lines.join('\n')
}
