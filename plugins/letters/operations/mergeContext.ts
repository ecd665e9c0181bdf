import type { PayloadRequest } from 'payload'

import { notFound } from '../../../src/kernel/lib/errors'
import { relationId, relationIds } from '../../../src/kernel/lib/relationId'
import { isCollectionSlug } from '../../../src/kernel/lib/collectionSlug'
import type { MergeContext } from '../mergeFields'

/** The CEJ module's file on the young person (`cej-profiles`), when the deployment has the CEJ. */
const CEJ_PROFILES = 'cej-profiles'

/**
 * What one letter is merged with. The young person is read as the caller (404 when they may not
 * read them: another structure sees nothing); their counsellor (the first who follows them, else
 * the caller), structure and latest programme then come with them: the latest « dispositif » the
 * caller may read (issue 18: another structure's programme only with the young person's consent),
 * never the follow-up by the structure of first contact. Their CEJ file (the dossier number) as
 * the caller may read it: letters do not depend on the CEJ module, which may be left out.
 */
export const loadMergeContext = async ({ req, account: accountId }: { req: PayloadRequest; account: number }): Promise<MergeContext & { structureId: number | null }> => {
  const account = await req.payload.findByID({ collection: 'accounts', id: accountId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
  if (!account) throw notFound('Ce jeune est introuvable ou ne relève pas de vos structures.')
  const structureId = relationId(account.structure)
  const counsellorId = relationIds(account.referents)[0] ?? (req.user?.collection === 'users' ? Number(req.user.id) : null)
  const [structure, counsellor, programmes, cejProfiles] = await Promise.all([
    structureId ? req.payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null,
    counsellorId ? req.payload.findByID({ collection: 'users', id: counsellorId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null,
    req.payload.find({ collection: 'programmes', where: { account: { equals: accountId }, kind: { not_equals: 'follow-up' } }, sort: '-startDate', limit: 1, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => ({ docs: [] })),
    isCollectionSlug(req.payload, CEJ_PROFILES)
      ? req.payload.find({ collection: CEJ_PROFILES, where: { account: { equals: accountId } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => ({ docs: [] }))
      : { docs: [] },
  ])
  return {
    account,
    cejProfile: cejProfiles.docs[0] ?? null,
    counsellor,
    structure,
    programme: programmes.docs[0] ?? null,
    today: new Date(),
    structureId,
  }
}
