import type { RequestHandler } from 'express'

import { CLIENT_IP_HEADER } from '../../kernel/lib/clientIp'

/** Sets the client address header Payload reads (`clientIpOf`), replacing any the client sent. */
export const forwardClientIp = (): RequestHandler => (req, _res, next) => {
  delete req.headers[CLIENT_IP_HEADER]
  if (req.ip) req.headers[CLIENT_IP_HEADER] = req.ip
  next()
}
