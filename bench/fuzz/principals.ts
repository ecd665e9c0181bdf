import type { Payload } from 'payload'

import { USERS } from '../../plugins/core/seed/data'
import { loginToken } from '../core/http'

/** Who sends a fuzzed request: a demo staff user, a young person (account) or nobody. */
export type Principal = {
  label: string
  /** JWT for REST and GraphQL; none for the anonymous caller. */
  token?: string
  /** The same caller as the Local API's `user` (`null`: anonymous). */
  user: (Record<string, unknown> & { id: number; collection: 'users' | 'accounts' }) | null
}

const YOUNG_PEOPLE = 8

const findUser = async ({ payload, collection, email }: { payload: Payload; collection: 'users' | 'accounts'; email: string }) => {
  const { docs } = await payload.find({ collection, where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ? { ...(docs[0] as unknown as Record<string, unknown> & { id: number }), collection } : null
}

/**
 * Every demo staff user of src/seed (one per role), the first enabled young people who can log in
 * with the demo password, and the anonymous caller. A user who cannot log in is skipped (and said).
 */
export const loadPrincipals = async ({
  payload,
  baseURL,
  password,
  log,
}: {
  payload: Payload
  baseURL: string
  password: string
  log: (message: string) => void
}): Promise<Principal[]> => {
  const principals: Principal[] = [{ label: 'anonyme', user: null }]
  for (const { email, roles } of USERS) {
    const user = await findUser({ payload, collection: 'users', email })
    if (!user) continue
    const token = await loginToken({ baseUrl: baseURL, email, password }).catch(() => undefined)
    if (token) principals.push({ label: `${roles.join('+')} (${email})`, token, user })
    else log(`Connexion impossible pour ${email} : ignoré`)
  }
  const { docs } = await payload.find({
    collection: 'accounts',
    where: { status: { equals: 'enabled' } },
    sort: 'id',
    limit: 40,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of docs) {
    if (principals.filter((p) => p.user?.collection === 'accounts').length >= YOUNG_PEOPLE) break
    const email = String((doc as { email: string }).email)
    const token = await loginToken({ baseUrl: baseURL, email, password, collection: 'accounts' }).catch(() => undefined)
    if (!token) continue
    principals.push({ label: `jeune (${email})`, token, user: { ...(doc as unknown as Record<string, unknown> & { id: number }), collection: 'accounts' } })
  }
  return principals
}
