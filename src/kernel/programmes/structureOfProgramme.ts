import type { PayloadRequest } from 'payload'

import { CLOSED_PROGRAMME_STATUS } from '../access'
import { relationId } from '../lib/relationId'

/**
 * The structure a module's new record belongs to (issue 18): the one running the young person's
 * open programme of one of `kinds` (the latest opened), or else their structure of first contact.
 * Staff access to module data is scoped by that structure, so a candidature of an Atouts
 * programme run by an establishment is the establishment's, never the Mission Locale's.
 */
export const structureOfProgramme = async ({
  req,
  account,
  kinds,
}: {
  req: PayloadRequest
  account: { id: number | string; structure?: unknown }
  kinds: readonly string[]
}): Promise<number | null> => {
  const { docs } = await req.payload.find({
    collection: 'programmes',
    where: { and: [{ account: { equals: account.id } }, { kind: { in: [...kinds] } }, { status: { not_equals: CLOSED_PROGRAMME_STATUS } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { structure: true },
    req,
  })
  return relationId(docs[0]?.structure) ?? relationId(account.structure)
}
