import type { PayloadRequest } from 'payload'

import { CLOSED_PROGRAMME_STATUS } from '../../../src/kernel/access'
import { FOLLOW_UP_KIND } from '../collections/programmes'

/**
 * A transferred account's follow-up by its structure of first contact moves with it: the
 * structure it leaves stops following the young person through it (its other programmes stay).
 */
export const moveFollowUpProgramme = async ({ req, account, to }: { req: PayloadRequest; account: number; to: number }): Promise<void> => {
  await req.payload.update({
    collection: 'programmes',
    where: { and: [{ account: { equals: account } }, { kind: { equals: FOLLOW_UP_KIND } }, { status: { not_equals: CLOSED_PROGRAMME_STATUS } }] },
    data: { structure: to },
    depth: 0,
    overrideAccess: true,
    // The transition's permission decided: the target lies outside the sender's structures.
    context: { skipScopeGuard: true },
    req,
  })
}

/** The follow-up by the structure of first contact, opened for a seeded or migrated account. */
export const openFollowUpProgramme = async ({ req, account, structure, startDate }: { req: PayloadRequest; account: number; structure: number; startDate?: string }) =>
  req.payload.create({
    collection: 'programmes',
    data: { account, kind: FOLLOW_UP_KIND, status: 'in-progress', structure, startDate: startDate ?? new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })

/**
 * Archiving or erasing a person reaches every programme (issue 18): each open one is closed that
 * day, so no structure follows the person through it any more; the rows stay for statistics.
 */
export const closeOpenProgrammes = async ({ req, account }: { req: PayloadRequest; account: number }): Promise<void> => {
  await req.payload.update({
    collection: 'programmes',
    where: { and: [{ account: { equals: account } }, { status: { not_equals: CLOSED_PROGRAMME_STATUS } }] },
    data: { status: CLOSED_PROGRAMME_STATUS, endDate: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    // Other structures' programmes too: the transition's permission decided.
    context: { skipScopeGuard: true },
    req,
  })
}
