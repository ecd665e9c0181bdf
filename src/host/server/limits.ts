import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Pool } from 'pg'

import { hasVerifiedCredential } from '../../kernel/auth/verifiedCredential'
import { env } from '../../kernel/config/env'
import { tooManyRequestsMessage } from '../../kernel/lib/errors'
import { postgresRateLimitStore } from './postgresRateLimitStore'

/** Login, forgot-password, reset-password and unlock: limited per IP in Payload (`loginLimits`), whatever the transport. */
const isAuthRoute = (path: string) => /^\/api\/[^/]+\/(login|forgot-password|reset-password|unlock)$/.test(path)

/**
 * Per-IP limit on anonymous writes (every `POST /api/…` but the auth routes), counted in
 * PostgreSQL so that every instance shares it. Only a credential Payload signed lifts it: a
 * header or cookie that merely looks like one does not.
 */
export const rateLimits = ({ pool, secret }: { pool: Pool; secret: string }): RequestHandler => {
  const anonymousWriteLimiter = rateLimit({
    windowMs: env.rateLimit.windowMs,
    limit: env.rateLimit.anonymousWrites,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: postgresRateLimitStore({ pool, prefix: 'anonymous-writes' }),
    // A limit is a brake, not access control: a database hiccup must not turn requests into 500s.
    passOnStoreError: true,
    skip: async (req) => req.method !== 'POST' || (await hasVerifiedCredential({ headers: req.headers, secret })),
    handler: (_req, res) => {
      res.status(429).json({ errors: [{ message: tooManyRequestsMessage('Trop de demandes depuis cette adresse') }] })
    },
  })
  return (req, res, next) => (req.path.startsWith('/api/') && !isAuthRoute(req.path) ? anonymousWriteLimiter(req, res, next) : next())
}

/**
 * REST lists return at most `REST_MAX_LIMIT` rows whatever the client asks (`limit=0`,
 * `pagination=false` and huge limits included), and start at page 1.
 */
export const capRestListQuery = (): RequestHandler => (req, _res, next) => {
  // Only list routes (`/api/<collection>`); documents, files and custom endpoints pass as they are.
  if (req.method !== 'GET' || !/^\/api\/[^/]+\/?$/.test(req.path) || req.path === '/api/graphql') return next()
  const [path, query = ''] = req.url.split('?')
  const params = new URLSearchParams(query)
  const requested = Number(params.get('limit') ?? 10)
  const limit = Number.isFinite(requested) && requested > 0 ? Math.min(Math.floor(requested), env.restMaxLimit) : env.restMaxLimit
  params.set('limit', String(limit))
  params.delete('pagination')
  const page = Number(params.get('page') ?? 1)
  if (!Number.isInteger(page) || page < 1) params.set('page', '1')
  req.url = `${path}?${params.toString()}`
  next()
}

/** Refuses bodies larger than allowed before anything reads them (uploads have their own limit). */
export const bodySizeLimit = (): RequestHandler => (req, res, next) => {
  const length = Number(req.headers['content-length'] ?? 0)
  const isMultipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data')
  const max = isMultipart ? env.maxUploadBytes : env.maxBodyBytes
  if (length > max) {
    res.status(413).json({ errors: [{ message: `Requête trop volumineuse : ${Math.round(max / 1024)} Ko au maximum.` }] })
    return
  }
  next()
}
