import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isAccountUser } from '../../../../src/kernel/access'
import { forbidden } from '../../../../src/kernel/lib/errors'
import { relationId } from '../../../../src/kernel/lib/relationId'

/**
 * A favourite or a saved search belongs to the young person who makes it, and to the structure
 * following them (whose counsellors see it): both set here, never taken from the body.
 */
export const stampYoungPerson: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const user = asPrincipal(req.user) as (ReturnType<typeof asPrincipal> & { structure?: unknown }) | null
  if (!isAccountUser(user)) throw forbidden('Réservé aux jeunes, depuis leur espace.')
  data.account = user.id
  data.structure = relationId(user.structure)
  return data
}
