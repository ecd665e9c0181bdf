import { jwtVerify } from 'jose'
import { JWT_AUTH_VERSION, JWTAuthentication, type AuthStrategy, type AuthStrategyFunctionArgs, type Payload } from 'payload'

import { parseCookies } from 'payload/shared'
import { cachesAreLive, callerCache, principalGroup } from '../cache/caches'

type Reference = { id: string | number; collection: string; sid: string }

const secretKeys = new WeakMap<Payload, Uint8Array>()
const secretKeyOf = (payload: Payload) => {
  let key = secretKeys.get(payload)
  if (!key) secretKeys.set(payload, (key = new TextEncoder().encode(payload.secret)))
  return key
}

/**
 * A cookie counts only when the request may carry it: Payload's CSRF rule, kept to the letter
 * because this strategy runs before Payload's. With an `Origin`, it must be one of `csrf`; without
 * one, a browser's `Sec-Fetch-Site` must say the request comes from the site itself (or from the
 * address bar); a client that sends neither is not a browser carrying someone's cookie.
 */
const cookieMayBeUsed = ({ headers, payload }: AuthStrategyFunctionArgs) => {
  const allowed = payload.config.csrf
  const origin = headers.get('Origin')
  if (origin) return allowed.length === 0 || allowed.includes(origin)
  if (allowed.length === 0) return true
  return ['same-origin', 'same-site', 'none'].includes(headers.get('Sec-Fetch-Site') ?? '')
}

const cookieToken = (args: AuthStrategyFunctionArgs): string | null => {
  const token = parseCookies(args.headers).get(`${args.payload.config.cookiePrefix}-token`)
  return token && cookieMayBeUsed(args) ? token : null
}

/**
 * The token of the request, looked for in Payload's order (`auth.jwtOrder`: cookie, `JWT …`,
 * `Bearer …` by default), so that this strategy and Payload's never read different credentials.
 */
const requestToken = (args: AuthStrategyFunctionArgs): string | null => {
  const authorization = args.headers.get('Authorization')
  for (const method of args.payload.config.auth.jwtOrder) {
    const token = method === 'cookie' ? cookieToken(args) : authorization?.startsWith(`${method} `) ? authorization.slice(method.length + 1) : null
    if (token) return token
  }
  return null
}

/** The principal a token names, once its signature, expiry and format version are checked. */
const verifiedReference = async (args: AuthStrategyFunctionArgs, token: string): Promise<Reference | null> => {
  try {
    const { payload: claims, protectedHeader } = await jwtVerify(token, secretKeyOf(args.payload))
    if (protectedHeader.authVersion !== JWT_AUTH_VERSION) return null
    const { id, collection, sid } = claims as { id?: unknown; collection?: unknown; sid?: unknown }
    if (typeof collection !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return null
    if (sid !== undefined && typeof sid !== 'string') return null
    return { id, collection, sid: sid ?? '' }
  } catch {
    return null
  }
}

/**
 * Payload's JWT strategy loads the caller from PostgreSQL on every request (the user and six side
 * tables: roles, functions, alerts, sessions, structures). This one, first in line, verifies the
 * token and serves the caller from memory for a few seconds, keyed by principal and session; on a
 * miss it runs Payload's own strategy and keeps what it returns. Entries go when PostgreSQL
 * reports a change to the principal, their roles, structures or sessions (../cache/cacheTriggers,
 * on every instance within milliseconds) and after the TTL. It returns no user when it cannot
 * decide (no token, listener down): Payload's strategy, next in line, then does.
 */
export const cachedCallerStrategy: AuthStrategy = {
  name: 'cached-jwt',
  authenticate: async (args) => {
    if (!cachesAreLive()) return { user: null }
    const token = requestToken(args)
    if (!token) return { user: null }
    const reference = await verifiedReference(args, token)
    if (!reference) return { user: null }
    const group = principalGroup(reference.collection, reference.id)
    const cached = callerCache.get(group, reference.sid)
    // A copy: request code may annotate req.user, the cached one must stay as loaded.
    if (cached) return { user: structuredClone(cached) }
    const startedAt = callerCache.generation()
    const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
    const { user } = result
    if (user && String(user.id) === String(reference.id) && user.collection === reference.collection) {
      callerCache.set(group, reference.sid, structuredClone(user), startedAt)
    }
    return result
  },
}
