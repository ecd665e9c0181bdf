import type { PayloadRequest } from 'payload'

import { CLOSED_PROGRAMME_STATUS } from '../../../src/kernel/access'
import { FOLLOW_UP_KIND, OPENED_BY_THE_SYSTEM } from '../collections/programmes'

/**
 * The follow-up by the structure of first contact, opened with the account (every creation goes
 * through the accounts' `followUpAtStructure` hook) or for a migrated account. It is what makes
 * that structure follow the young person (issue 18): access never reads `accounts.structure`.
 */
export const openFollowUpProgramme = async ({ req, account, structure, startDate }: { req: PayloadRequest; account: number; structure: number; startDate?: string }) =>
  req.payload.create({
    collection: 'programmes',
    data: { account, kind: FOLLOW_UP_KIND, status: 'in-progress', structure, startDate: startDate ?? new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    // The account may be brand new (its creator does not follow it yet: this programme is what
    // makes them) or moving to a structure outside the caller's: the caller's operation decided.
    context: { [OPENED_BY_THE_SYSTEM]: true, skipScopeGuard: true },
    req,
  })

/**
 * The account changed structure (a transfer, a change of attachment place, an administrator's
 * edit): the follow-up it had is closed that day, so the structure it leaves stops following the
 * young person through it (its other programmes stay), and one opens at the new structure. The
 * path keeps both. Runs in the caller's transaction.
 */
export const moveFollowUpProgramme = async ({ req, account, to }: { req: PayloadRequest; account: number; to: number | null }): Promise<void> => {
  await req.payload.update({
    collection: 'programmes',
    where: { and: [{ account: { equals: account } }, { kind: { equals: FOLLOW_UP_KIND } }, { status: { not_equals: CLOSED_PROGRAMME_STATUS } }] },
    data: { status: CLOSED_PROGRAMME_STATUS, endDate: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    context: { [OPENED_BY_THE_SYSTEM]: true, skipScopeGuard: true },
    req,
  })
  if (to !== null) await openFollowUpProgramme({ req, account, structure: to })
}

/**
 * Archiving or erasing a person reaches every programme (issue 18): each open « dispositif » is
 * closed that day, so no structure follows the person through it any more; the rows stay for
 * statistics. The follow-up by the structure of first contact stays: it is how that structure
 * keeps the record under its number (« Dossier archivé n° … », its statistics), and an archived
 * file's programmes no longer change.
 */
export const closeOpenProgrammes = async ({ req, account }: { req: PayloadRequest; account: number }): Promise<void> => {
  await req.payload.update({
    collection: 'programmes',
    where: { and: [{ account: { equals: account } }, { kind: { not_equals: FOLLOW_UP_KIND } }, { status: { not_equals: CLOSED_PROGRAMME_STATUS } }] },
    data: { status: CLOSED_PROGRAMME_STATUS, endDate: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    // Other structures' programmes too: the transition's permission decided.
    context: { skipScopeGuard: true },
    req,
  })
}
