import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isStaffUser } from '../../../../src/kernel/access'
import { forbidden, invalidField } from '../../../../src/kernel/lib/errors'
import { loadDoc } from '../../../../src/kernel/lib/loadDoc'
import { relationId, relationIds } from '../../../../src/kernel/lib/relationId'
import { PLACEMENT_SLUGS } from '../../slugs'

/**
 * Create access cannot see the incoming space: only a member posts a message, a document or an
 * event into a space, and the record names its author (`authorField`), set by the server.
 */
export const requireSpaceMember =
  ({ authorField }: { authorField: string }): CollectionBeforeChangeHook =>
  async ({ data, req, operation, collection }) => {
    if (operation !== 'create') return data
    const user = asPrincipal(req.user)
    if (!isStaffUser(user)) throw forbidden('Seuls les professionnels membres de l’espace y publient.')
    const spaceId = relationId(data.space)
    const space = spaceId ? await loadDoc({ req, collection: PLACEMENT_SLUGS.sharedSpaces, id: spaceId }) : null
    if (!space) throw invalidField({ req, collection: collection.slug, path: 'space', message: 'Choisissez l’espace collaboratif.' })
    if (!relationIds(space.members).includes(Number(user.id))) throw forbidden('Vous n’êtes pas membre de cet espace collaboratif.')
    return { ...data, space: space.id, [authorField]: user.id }
  }
