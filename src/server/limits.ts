import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { env } from '../config/env'

const tooMany = (message: string): RequestHandler => (_req, res) => {
  res.status(429).json({ errors: [{ message }] })
}

/** Per-IP limits on login, forgot-password and every anonymous write. */
export const rateLimits = (): RequestHandler[] => {
  const loginLimiter = rateLimit({
    windowMs: env.rateLimit.windowMs,
    limit: env.rateLimit.login,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: tooMany('Trop de tentatives de connexion depuis cette adresse : réessayez dans quelques minutes.'),
  })
  const anonymousWriteLimiter = rateLimit({
    windowMs: env.rateLimit.windowMs,
    limit: env.rateLimit.anonymousWrites,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => req.method !== 'POST' || Boolean(req.headers.authorization) || /payload-token=/.test(req.headers.cookie ?? ''),
    handler: tooMany('Trop de demandes depuis cette adresse : réessayez dans quelques minutes.'),
  })
  const isAuthRoute = (path: string) => /^\/api\/[^/]+\/(login|forgot-password|reset-password|unlock)$/.test(path)
  return [
    (req, res, next) => (isAuthRoute(req.path) ? loginLimiter(req, res, next) : next()),
    (req, res, next) => (req.path.startsWith('/api/') && !isAuthRoute(req.path) ? anonymousWriteLimiter(req, res, next) : next()),
  ]
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
