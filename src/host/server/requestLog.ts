import type { RequestHandler } from 'express'
import { pinoHttp } from 'pino-http'

/** One structured JSON line per request (no bodies, no cookies). */
export const requestLog = (): RequestHandler =>
  pinoHttp({
    autoLogging: { ignore: (req) => Boolean(req.url?.startsWith('/_next/')) },
    serializers: {
      req: (req) => ({ method: req.method, url: req.url }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
    level: process.env.LOG_LEVEL ?? 'info',
  })
