import type { PayloadRequest } from 'payload'

import { INSTANT_T_SLUGS } from '../slugs'
import { CODE_PATTERN } from './generateCode'

/**
 * A young person gives their code at pre-registration: the result is linked to their new
 * account when it is theirs to claim — same postal code and not linked yet. Otherwise nothing
 * happens, silently, so that a pre-registration never reveals whether a code exists.
 */
export const claimResultByCode = async ({
  req,
  code,
  account,
}: {
  req: PayloadRequest
  code: unknown
  account: { id: number; postalCode?: string | null }
}): Promise<boolean> => {
  const normalised = typeof code === 'string' ? code.trim().toUpperCase() : ''
  if (!CODE_PATTERN.test(normalised) || !account.postalCode) return false
  const { docs } = await req.payload.find({
    collection: INSTANT_T_SLUGS.results,
    where: { and: [{ code: { equals: normalised } }, { postalCode: { equals: account.postalCode } }, { account: { exists: false } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const result = docs[0]
  if (!result) return false
  await req.payload.update({
    collection: INSTANT_T_SLUGS.results,
    id: result.id,
    data: { account: account.id },
    depth: 0,
    overrideAccess: true,
    context: { claimedByCode: true },
    req,
  })
  return true
}
