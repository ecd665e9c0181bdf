import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted account (the purge of pre-registrations never validated, an administrator's delete)
 * takes its programmes with it, the follow-up opened with it included: a programme's `account`
 * is required, so PostgreSQL would refuse the delete. Same transaction as the delete.
 */
export const deleteProgrammesWithAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'programmes', where: { account: { equals: id } }, depth: 0, overrideAccess: true, req })
}
