import { cookies, headers } from 'next/headers'
import { cache } from 'react'

import { createTremplinClient } from '../../../client'
import { env } from '../../../kernel/config/env'
import { SESSION_COOKIE } from './sessionCookie'

export { SESSION_COOKIE }

/**
 * The typed client as the visitor: their token when logged in, and their address forwarded so
 * the API's per-address limits count them, not the site (honoured when `TRUST_PROXY` trusts loopback).
 */
export const siteClient = async () => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value
  // Forwarded only where the API trusts the site as a proxy; otherwise the header would be refused.
  const forwardedFor = env.trustProxy ? (await headers()).get('x-forwarded-for') : null
  return createTremplinClient({ baseURL: env.serverURL, token, headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {} })
}

export const startSession = async (token: string, expiresAt?: number) =>
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.serverURL.startsWith('https://'),
    path: '/',
    ...(expiresAt ? { expires: new Date(expiresAt * 1000) } : {}),
  })

export const endSession = async () => (await cookies()).delete(SESSION_COOKIE)

/**
 * The logged-in young person, or null (no cookie, an expired token, or an account that cannot log
 * in any more). Asked once per page render (React's `cache`): the layout and the page both need it,
 * and each ask is a round trip to the API.
 */
export const currentAccount = cache(async () => {
  if (!(await cookies()).get(SESSION_COOKIE)) return null
  const { user } = await (await siteClient()).accounts.me().catch(() => ({ user: null }))
  return user ?? null
})
