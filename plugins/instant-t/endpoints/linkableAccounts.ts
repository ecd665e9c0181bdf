import type { Endpoint } from 'payload'

import { findLinkableAccounts } from '../operations/findLinkableAccounts'

/** GET /api/instant-t/linkable-accounts?search=: accounts the caller may link a result to. */
export const linkableAccountsEndpoint: Endpoint = {
  path: '/linkable-accounts',
  method: 'get',
  handler: async (req) => {
    const search = String(new URL(req.url ?? 'http://x').searchParams.get('search') ?? '')
    return Response.json({ docs: await findLinkableAccounts({ req, search }) })
  },
}
