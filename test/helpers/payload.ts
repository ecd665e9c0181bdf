import type { Payload } from 'payload'

import { closePool } from '../../src/kernel/db/closePool'

let instance: Payload | undefined

/** The Local API on the test database (for access checks with `overrideAccess: false`). */
export const localPayload = async (): Promise<Payload> => {
  if (instance) return instance
  const { getPayload } = await import('payload')
  const config = (await import('../../payload.config')).default
  instance = await getPayload({ config })
  return instance
}

export const closeLocalPayload = async () => {
  if (!instance) return
  await instance.destroy().catch(() => {})
  await closePool(instance)
  instance = undefined
}

/** A staff user document by e-mail, as the Local API's `user` argument. */
export const userByEmail = async (payload: Payload, email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`Utilisateur de démonstration introuvable : ${email}`)
  return { ...docs[0], collection: 'users' as const }
}
