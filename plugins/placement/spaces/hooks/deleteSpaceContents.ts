import type { CollectionBeforeDeleteHook } from 'payload'

import { PLACEMENT_SLUGS } from '../../slugs'

const CONTENTS = [PLACEMENT_SLUGS.spaceMessages, PLACEMENT_SLUGS.spaceDocuments, PLACEMENT_SLUGS.spaceEvents] as const

/** Deleting a space deletes what its members shared (files included), in the same transaction. */
export const deleteSpaceContents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of CONTENTS) {
    await req.payload.delete({ collection, where: { space: { equals: id } }, overrideAccess: true, req })
  }
}
