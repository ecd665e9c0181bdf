import type { PayloadRequest, Where } from 'payload'

import { followedThroughProgrammes, opensSection, requireAccess } from '../../../src/kernel/access'
import { accountDisplayName } from './accountName'

/**
 * The accounts a referent of the Instant-T section may link a result to: those followed by
 * their structures (through an open programme). Only id, name and postal code leave the server: a referent-instant-t does
 * not read accounts otherwise.
 */
export const findLinkableAccounts = async ({ req, search }: { req: PayloadRequest; search: string }) => {
  await requireAccess({ access: opensSection('instant-t'), req })
  // The accounts their structures follow (an open programme, issue 18): none when they have no structure.
  const scope = await followedThroughProgrammes()({ req })
  if (!scope) return []
  const and: Where[] = scope === true ? [] : [scope]
  const term = search.trim().slice(0, 100)
  if (term) and.push({ or: [{ lastName: { like: term } }, { firstName: { like: term } }, { email: { like: term } }] })
  const { docs } = await req.payload.find({
    collection: 'accounts',
    where: { and },
    sort: 'lastName',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    select: { firstName: true, lastName: true, email: true, postalCode: true },
    req,
  })
  return docs.map((account) => ({
    id: Number(account.id),
    name: accountDisplayName(account),
    postalCode: account.postalCode ?? null,
  }))
}
