import type { PayloadRequest } from 'payload'

import { ACCOUNT_ROLES, asPrincipal, structuresActedOn, userHasRole, userStructureIds } from '../../../src/kernel/access'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { forbidden, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { FOLLOW_UP_KIND, OPENS_ON_KNOWN_PERSON, PROGRAMME_KINDS } from '../collections/programmes'
import { findKnownPerson, type Identity } from './findKnownPerson'

export type OpenProgrammeInput = Identity & { kind?: unknown; structure?: unknown; startDate?: unknown }

/**
 * Opens a programme at the caller's structure on a young person already known (issue 18), the
 * answer to a 409 proposal: the caller names the person again by what identifies them (never by
 * an id they were not given), so nobody follows a person they could not have named. The existing
 * structures learn nothing of it unless the young person consents to sharing.
 */
export const openProgrammeOnKnownPerson = async ({ req, input }: { req: PayloadRequest; input: OpenProgrammeInput }) => {
  const user = asPrincipal(req.user)
  if (!userHasRole(user, ACCOUNT_ROLES)) throw forbidden('Seul le personnel qui suit des jeunes peut leur ouvrir un dispositif.')
  const kind = String(input.kind ?? '')
  if (!(kind in PROGRAMME_KINDS) || kind === FOLLOW_UP_KIND) {
    throw invalidField({ req, collection: 'programmes', path: 'kind', message: 'Choisissez le dispositif à ouvrir (CEJ, PACEA, Atouts, bilan…).' })
  }
  const scope = await structuresActedOn(req)
  const structure = relationId(input.structure) ?? userStructureIds(user)[0] ?? null
  if (!structure || (scope !== 'everywhere' && !scope.includes(structure))) {
    throw invalidField({ req, collection: 'programmes', path: 'structure', message: 'Le dispositif s’ouvre dans l’une de vos structures.' })
  }
  const account = await findKnownPerson({ req, identity: input })
  if (account === null) throw notFound('Aucun jeune ne correspond : créez son compte.')
  return withTransaction(req, async () => {
    const programme = await req.payload.create({
      collection: 'programmes',
      data: { account, kind: kind as keyof typeof PROGRAMME_KINDS, status: 'initialised', structure, startDate: typeof input.startDate === 'string' ? input.startDate : new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      context: { [OPENS_ON_KNOWN_PERSON]: true },
      req,
    })
    return { account, programme: programme.id }
  })
}
