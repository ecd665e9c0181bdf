import { jwtVerify } from 'jose'

/** Payload's session cookie (`cookiePrefix` left at its default). */
const TOKEN_COOKIE = 'payload-token'

type Headers = { authorization?: string; cookie?: string }

const tokenOf = ({ authorization, cookie }: Headers): string[] => {
  const fromHeader = /^(?:JWT|Bearer) (.+)$/.exec(authorization ?? '')?.[1]
  const fromCookie = (cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === TOKEN_COOKIE)?.[1]
  return [fromHeader, fromCookie].filter((token): token is string => Boolean(token))
}

/**
 * True when the request carries a token Payload signed and that has not expired (`Authorization:
 * JWT …`, `Bearer …` or the session cookie), checked as Payload does (jose, HS256, with
 * `payload.secret`, the sanitized secret) but without a database round trip: a forged or garbage
 * credential never lifts an anonymous limit. (A revoked session still passes here; Payload itself
 * then treats the request as anonymous, which the access rules refuse.)
 */
export const hasVerifiedCredential = async ({ headers, secret }: { headers: Headers; secret: string }): Promise<boolean> => {
  const key = new TextEncoder().encode(secret)
  for (const token of tokenOf(headers)) {
    try {
      await jwtVerify(token, key, { algorithms: ['HS256'] })
      return true
    } catch {
      /* not ours, or expired: try the next one */
    }
  }
  return false
}
