import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isAccountUser } from '../../../src/kernel/access'
import { invalidField } from '../../../src/kernel/lib/errors'
import { candidateDisplayName, relationId } from '../../../src/kernel/lib/relationId'
import { structureOfProgramme } from '../../../src/kernel/programmes/structureOfProgramme'
import { PLACEMENT_PROGRAMME_KINDS } from '../programmeKinds'

/**
 * On creation, a candidature or parrainage belongs to the candidate who writes it (a young
 * person never acts for another) and to their establishment, the structure every referent
 * rule scopes on: the one running their Atouts programme, else their structure of first contact.
 * The candidate's name is copied: employers read it, never the account.
 */
export const attachCandidate: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const user = asPrincipal(req.user)
  if (isAccountUser(user)) data.candidate = user.id
  const candidateId = relationId(data.candidate)
  const account = candidateId
    ? await req.payload.findByID({ collection: 'accounts', id: candidateId, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (!account) throw invalidField({ req, collection: collection.slug, path: 'candidate', message: 'Le candidat est obligatoire.' })
  const structure = await structureOfProgramme({ req, account, kinds: PLACEMENT_PROGRAMME_KINDS })
  if (!structure) {
    throw invalidField({ req, collection: collection.slug, path: 'candidate', message: "Le candidat n'est rattaché à aucun établissement." })
  }
  data.candidate = account.id
  data.structure = structure
  data.candidateName = candidateDisplayName(account)
  return data
}
