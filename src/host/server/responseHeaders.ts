import type { Request, RequestHandler } from 'express'

const carriesCredential = (req: Request) =>
  Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

/**
 * Headers settled just before they leave, whoever set them (Next, Payload, our routes): no
 * `X-Powered-By` (Payload's Next config adds « Next.js, Payload »), and an API answer to a
 * request made with credentials is never stored by a browser or a shared cache.
 */
export const responseHeaders = (): RequestHandler => (req, res, next) => {
  const writeHead = res.writeHead
  res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
    res.removeHeader('x-powered-by')
    if (req.path.startsWith('/api/') && carriesCredential(req)) res.setHeader('cache-control', 'no-store')
    return writeHead.apply(this, args)
  } as typeof writeHead
  next()
}
