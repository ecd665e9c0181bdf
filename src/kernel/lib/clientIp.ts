import { ipKeyGenerator } from 'express-rate-limit'

/**
 * The client address express computed (`req.ip`, under the `trust proxy` setting), handed to
 * Payload in a header that express itself sets after deleting any client-supplied one: Payload's
 * hooks (login limits, lockout) then see the same address on REST, GraphQL and the admin.
 */
export const CLIENT_IP_HEADER = 'x-tremplin-client-ip'

type HeaderSource = { headers: Headers | Record<string, string | string[] | undefined> }

/**
 * The rate-limit key of the request's client: its address, IPv4 as is, IPv6 by /56 network (one
 * subscriber's block), or `null` for a Local API call (server code, no client).
 */
export const clientIpOf = ({ headers }: HeaderSource): string | null => {
  const raw = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER]
  const ip = Array.isArray(raw) ? raw[0] : raw
  return ip ? ipKeyGenerator(ip) : null
}
