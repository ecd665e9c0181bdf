import type { CollectionBeforeChangeHook } from 'payload'

import { asPrincipal, isSuperAdminUser, userOpensSection } from '../../../../src/kernel/access'
import { forbidden } from '../../../../src/kernel/lib/errors'
import { STRUCTURE_TYPES, type StructureType } from './types'

/**
 * Create and update access cannot see the incoming type: administrators write any structure,
 * structures referents only the partner or employer structures their roles open.
 */
export const guardStructureType: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = asPrincipal(req.user)
  if (!user || isSuperAdminUser(user) || userOpensSection(user, 'administration')) return data
  const types = [data.type, originalDoc?.type].filter(Boolean) as StructureType[]
  const allowed = types.every(
    (type) =>
      (type === 'partner' && userOpensSection(user, 'structures-partners')) ||
      (type === 'employer' && userOpensSection(user, 'structures-employers')),
  )
  if (!allowed) {
    const label = STRUCTURE_TYPES[(data.type ?? originalDoc?.type) as StructureType]?.fr ?? 'cette structure'
    throw forbidden(`Vos rôles ne vous permettent pas de gérer une structure de type « ${label} ».`)
  }
  return data
}
