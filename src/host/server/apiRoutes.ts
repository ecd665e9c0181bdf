import type { Request as ExpressRequest, RequestHandler } from 'express'
import { Readable } from 'node:stream'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import config from '../../../payload.config'

/**
 * Payload's REST and GraphQL handlers (the very ones Next's route files export), mounted on
 * express before Next: every `/api/*` request but the GraphQL playground (a Next page) is
 * answered here, in the API-only mode (integration tests, API workers) and beside the admin alike.
 */
export const payloadApiRoutes = (): RequestHandler => {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
    OPTIONS: REST_OPTIONS(config),
  } as Record<string, (req: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>>
  const graphql = GRAPHQL_POST(config)

  const toWebRequest = (req: ExpressRequest): Request => {
    const url = `http://${req.headers.host ?? 'localhost'}${req.url}`
    const hasBody = !['GET', 'HEAD'].includes(req.method)
    return new Request(url, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      duplex: 'half',
    } as RequestInit)
  }

  return async (req, res, next) => {
    if (!req.path.startsWith('/api/') || req.path.startsWith('/api/graphql-playground')) return next()
    try {
      const request = toWebRequest(req)
      let response: Response
      if (req.path === '/api/graphql' && req.method === 'POST') response = await graphql(request)
      else {
        const handler = rest[req.method]
        if (!handler) return next()
        const slug = req.path.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent)
        response = await handler(request, { params: Promise.resolve({ slug }) })
      }
      res.status(response.status)
      response.headers.forEach((value, key) => res.append(key, value))
      // Streamed: a CSV export keeps flat memory end to end.
      if (response.body) Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
      else res.end()
    } catch (error) {
      next(error)
    }
  }
}
