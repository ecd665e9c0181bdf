import type { CollectionBeforeDeleteHook } from 'payload'

import { CEJ_SLUGS } from '../slugs'

/**
 * An account removed for good (the retention rule's stale pre-registrations, an administrator's
 * deletion) takes its CEJ file with it, in the same transaction: the file cannot outlive the
 * account it belongs to (its `account` is required).
 */
export const deleteCejProfile: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: CEJ_SLUGS.cejProfiles, where: { account: { equals: id } }, req })
}
