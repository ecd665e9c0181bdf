/**
 * Differential access fuzz (issue #10): random REST and GraphQL reads of every collection by every
 * demo role, young people and the anonymous caller, each response checked against the ground truth
 * of src/kernel/access as the Local API applies it (bench/fuzz/accessOracle.ts). A fixed seed makes every
 * run send the same requests. Prints nothing itself: returns the figures (bench and tests print them).
 */
import type { Payload } from 'payload'

import { createAccessOracle } from './accessOracle'
import { fuzzCollections, type FuzzCollection } from './collections'
import { graphqlRequest } from './graphqlRequests'
import { loadGraphqlSchema, unwrap } from './graphqlSchema'
import { loadPrincipals, type Principal } from './principals'
import { seededRandom } from './random'
import { checkGraphqlBody, checkRestBody, type CheckContext, type Leak } from './responseCheck'
import { restRequest, type FuzzRequest } from './restRequests'

export type AccessFuzzOptions = {
  baseURL: string
  /** The Local API on the same database: the ground truth is computed through it. */
  payload: Payload
  seed: number
  requests: number
  /** Requests in flight at once (the requests themselves do not depend on it). */
  concurrency?: number
  password?: string
  timeoutMs?: number
  log?: (message: string) => void
}

type Example = { principal: string; request: string; status: number; response: string }
export type LeakExample = Example & Leak

export type AccessFuzzFigures = {
  seed: number
  requests: number
  rest: number
  graphql: number
  principals: string[]
  collections: number
  documentsChecked: number
  statuses: Record<string, number>
  /** The first request of each status, to see what a 4xx was about. */
  statusExamples: Record<string, Example>
  leaks: number
  /** Leaks grouped by collection and reason, with the callers who saw them. */
  leakKinds: { kind: string; count: number; principals: string[]; example: LeakExample }[]
  leakExamples: LeakExample[]
  serverErrors: number
  /** 5xx grouped by the request's form, one example each. */
  serverErrorShapes: { shape: string; count: number; example: Example }[]
  /** No answer within `timeoutMs`, or the connection failed. */
  networkErrors: number
  networkErrorExamples: Example[]
  durationMs: number
}

const EXAMPLES = 20

const describe = (request: FuzzRequest) => (request.body ? `${request.method} ${request.path} ${request.body}` : `${request.method} ${request.path}`)

/** GraphQL answers 200 with an error that says what the HTTP status would have been (Payload masks internal errors as 500). */
const effectiveStatus = ({ request, status, body }: { request: FuzzRequest; status: number; body: unknown }) => {
  if (request.api !== 'graphql' || status >= 500) return status
  const errors = (body as { errors?: { message?: string; extensions?: { statusCode?: number } }[] })?.errors ?? []
  const codes = errors.map((e) => e.extensions?.statusCode ?? (e.message === 'Something went wrong.' ? 500 : 400))
  return codes.length ? Math.max(...codes) : status
}

/** « fetch failed » alone says nothing: the cause (ECONNRESET, UND_ERR_SOCKET, a timeout…) says who closed what. */
const describeNetworkError = (error: Error): string => {
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause
  return cause ? `${String(error)} (${[cause.code, cause.message].filter(Boolean).join(' : ')})` : String(error)
}

export const runAccessFuzz = async ({
  baseURL,
  payload,
  seed,
  requests,
  concurrency = 4,
  password = process.env.DEMO_PASSWORD ?? 'Tremplin2026!',
  timeoutMs = 30_000,
  log = () => {},
}: AccessFuzzOptions): Promise<AccessFuzzFigures> => {
  const started = performance.now()
  const oracle = createAccessOracle({ payload })
  const collections = fuzzCollections(payload)
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  const principals = await loadPrincipals({ payload, baseURL, password, log })
  const superAdmin = principals.find((p) => (p.user?.roles as string[] | undefined)?.includes('super-admin'))
  const schema = await loadGraphqlSchema({ baseURL, token: superAdmin?.token })
  const typeToCollection = new Map<string, string>()
  for (const c of collections) {
    const query = c.graphql && schema.query.get(c.graphql.singular)
    if (query) typeToCollection.set(unwrap(query.type).name!, c.slug)
  }
  const collectionTypes = new Set(typeToCollection.keys())
  log(`${principals.length} appelants, ${collections.length} collections, ${requests} requêtes (graine ${seed})`)

  const figures: AccessFuzzFigures = {
    seed,
    requests: 0,
    rest: 0,
    graphql: 0,
    principals: principals.map((p) => p.label),
    collections: collections.length,
    documentsChecked: 0,
    statuses: {},
    statusExamples: {},
    leaks: 0,
    leakKinds: [],
    leakExamples: [],
    serverErrors: 0,
    serverErrorShapes: [],
    networkErrors: 0,
    networkErrorExamples: [],
    durationMs: 0,
  }
  const shapes = new Map<string, { shape: string; count: number; example: Example }>()
  const checked = { documents: 0 }
  /** One example per caller, document and reason: the same leak seen through many requests is counted, shown once. */
  const seenLeaks = new Set<string>()
  const leakKinds = new Map<string, AccessFuzzFigures['leakKinds'][number]>()

  const build = async ({ index, principal }: { index: number; principal: Principal }): Promise<FuzzRequest> => {
    const rnd = seededRandom({ seed, stream: index })
    const collection: FuzzCollection = rnd.pick(collections)
    const readable = await oracle.readable({ principal, collection: collection.slug })
    const readableKeys = new Set([...readable.values()].flatMap((keys) => [...keys]))
    const docsOf = (slug: string) => oracle.allDocs(slug)
    const byId = rnd.chance(0.3)
    let id: string | number | undefined
    if (byId) {
      const all = (await docsOf(collection.slug)).map((d) => String(d.id))
      const own = [...readable.keys()]
      id = rnd.chance(0.05) || (!all.length && !own.length) ? 999_999 : rnd.pick(own.length && rnd.chance(0.5) ? own : all.length ? all : own)
    }
    if (rnd.chance(0.35) && collection.graphql) {
      const request = await graphqlRequest({ rnd, collection: collection as FuzzCollection & { graphql: NonNullable<FuzzCollection['graphql']> }, schema, collectionTypes, readableKeys, docsOf, id })
      if (request) return request
    }
    return restRequest({ rnd, collection, readableKeys, docsOf, id })
  }

  const call = async ({ principal, method = 'GET', path, body }: { principal: Principal; method?: string; path: string; body?: string }) => {
    const response = await fetch(`${baseURL}${path}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(principal.token ? { authorization: `JWT ${principal.token}` } : {}) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    })
    return { status: response.status, text: await response.text() }
  }

  /** The first part of a failing REST list that fails alone (one condition, or the sort): what to fix. */
  const culpritOf = async ({ request, principal }: { request: FuzzRequest; principal: Principal }) => {
    for (const part of request.parts ?? []) {
      const { status, text } = await call({ principal, path: part.path }).catch(() => ({ status: 0, text: '' }))
      if (status >= 500) return { ...part, response: text.slice(0, 500) }
    }
    return undefined
  }

  const send = async (index: number) => {
    const principal = principals[index % principals.length]
    const request = await build({ index, principal })
    figures.requests++
    figures[request.api]++
    const answer = await call({ principal, method: request.method, path: request.path, body: request.body }).catch((error: Error) => error)
    if (answer instanceof Error) {
      figures.networkErrors++
      if (figures.networkErrorExamples.length < EXAMPLES) figures.networkErrorExamples.push({ principal: principal.label, request: describe(request), status: 0, response: describeNetworkError(answer) })
      return
    }
    const { status, text } = answer
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    const effective = effectiveStatus({ request, status, body })
    const statusKey = request.api === 'graphql' && effective !== status ? `${status} (GraphQL ${effective})` : String(status)
    figures.statuses[statusKey] = (figures.statuses[statusKey] ?? 0) + 1
    const example = { principal: principal.label, request: describe(request), status: effective, response: text.slice(0, 500) }
    figures.statusExamples[statusKey] ??= example
    if (effective >= 500) {
      figures.serverErrors++
      const culprit = await culpritOf({ request, principal })
      const shape = culprit?.shape ?? request.shape
      const entry = shapes.get(shape) ?? { shape, count: 0, example: culprit ? { ...example, request: `GET ${culprit.path}`, response: culprit.response } : example }
      entry.count++
      shapes.set(shape, entry)
    }
    if (body === undefined) return
    const context: CheckContext = { principal, oracle, collections: bySlug, leaks: [], checked }
    if (request.api === 'rest' && status === 200) await checkRestBody({ context, collection: request.collection, body, kind: request.kind })
    if (request.api === 'graphql') await checkGraphqlBody({ context, body, typeToCollection })
    figures.leaks += context.leaks.length
    for (const leak of context.leaks) {
      const kind = `${leak.collection} : ${leak.reason}`
      const entry = leakKinds.get(kind) ?? { kind, count: 0, principals: [], example: { ...example, ...leak } }
      entry.count++
      if (!entry.principals.includes(principal.label)) entry.principals.push(principal.label)
      leakKinds.set(kind, entry)
      const key = `${principal.label}|${leak.collection}|${leak.id}|${leak.reason}`
      if (seenLeaks.has(key)) continue
      seenLeaks.add(key)
      if (figures.leakExamples.length < EXAMPLES) figures.leakExamples.push({ ...example, ...leak })
    }
  }

  let next = 0
  const lane = async () => {
    while (next < requests) {
      const index = next++
      await send(index)
      if (index > 0 && index % 1000 === 0) log(`${index} requêtes, ${figures.leaks} fuites, ${figures.serverErrors} × 5xx`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  figures.documentsChecked = checked.documents
  figures.serverErrorShapes = [...shapes.values()].sort((a, b) => b.count - a.count)
  figures.leakKinds = [...leakKinds.values()].sort((a, b) => b.count - a.count)
  figures.durationMs = Math.round(performance.now() - started)
  return figures
}
