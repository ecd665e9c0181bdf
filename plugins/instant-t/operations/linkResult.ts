import type { PayloadRequest } from 'payload'

import { forbidden, notFound } from '../../../src/kernel/lib/errors'
import { INSTANT_T_SLUGS } from '../slugs'

/**
 * "Relier un Instant-T à un compte" (or unlink with `account: null`) on behalf of the caller:
 * the result must be one they may update; the account one of their structures (guardAccountLink).
 */
export const linkResult = async ({ req, id, account }: { req: PayloadRequest; id: string | number; account: number | null }) => {
  if (!req.user) throw forbidden('Connectez-vous pour relier un Instant-T à un compte.')
  const existing = await req.payload.findByID({
    collection: INSTANT_T_SLUGS.results,
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!existing) throw notFound('Instant-T introuvable.')
  return req.payload.update({
    collection: INSTANT_T_SLUGS.results,
    id,
    data: { account },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
}
