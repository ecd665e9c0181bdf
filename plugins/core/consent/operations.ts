import type { PayloadRequest } from 'payload'

import { asPrincipal, isAccountUser } from '../../../src/kernel/access'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { forbidden } from '../../../src/kernel/lib/errors'
import { SLUGS } from '../../../collections/slugs'
import { SHARING_CONSENTS_SLUG } from './collection'

export type SharingConsentState = { given: boolean; history: { given: boolean; at: string }[] }

/** The logged-in young person's account id, or a 403: only they give or revoke their consent. */
const ownAccountId = (req: PayloadRequest): number => {
  const user = asPrincipal(req.user)
  if (!isAccountUser(user)) throw forbidden('Seul le jeune lui-même donne ou retire son consentement au partage.')
  return Number(user.id)
}

/** The current answer and its history, newest first. */
export const readSharingConsent = async ({ req }: { req: PayloadRequest }): Promise<SharingConsentState> => {
  const account = ownAccountId(req)
  const [current, history] = await Promise.all([
    req.payload.findByID({ collection: SLUGS.accounts, id: account, depth: 0, overrideAccess: true, select: { sharesWithFollowers: true }, req }),
    req.payload.find({ collection: SHARING_CONSENTS_SLUG, where: { account: { equals: account } }, sort: '-createdAt', depth: 0, limit: 100, overrideAccess: true, req }),
  ])
  return {
    given: Boolean((current as { sharesWithFollowers?: boolean }).sharesWithFollowers),
    history: history.docs.map((doc) => ({ given: Boolean(doc.given), at: String(doc.createdAt) })),
  }
}

/** Gives or revokes: the account's answer and its history row in one transaction. */
export const recordSharingConsent = async ({ req, given }: { req: PayloadRequest; given: boolean }): Promise<SharingConsentState> => {
  const account = ownAccountId(req)
  await withTransaction(req, async () => {
    await req.payload.update({ collection: SLUGS.accounts, id: account, data: { sharesWithFollowers: given }, depth: 0, overrideAccess: true, req })
    await req.payload.create({ collection: SHARING_CONSENTS_SLUG, data: { account, given }, depth: 0, overrideAccess: true, req })
  })
  return readSharingConsent({ req })
}
