import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { departmentOf } from '../../../src/kernel/lib/validators'

/**
 * An offer belongs to an employer structure; its name is copied for the "Employeur" filter
 * (a plain indexed column instead of a join on every search). The department follows the
 * postal code unless given.
 */
export const stampOfferEmployer: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const structureId = data.structure ?? originalDoc?.structure
  if (data.structure !== undefined || !originalDoc?.employerName) {
    const structure = structureId
      ? await req.payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
    if (structure?.type !== 'employer') {
      throw invalidField({ req, collection: collection.slug, path: 'structure', message: "Choisissez l'entreprise (structure de type employeur) qui publie l'offre." })
    }
    data.employerName = structure.name
  }
  const postalCode = data.postalCode ?? originalDoc?.postalCode
  if (postalCode && !data.department && (data.postalCode !== undefined || !originalDoc?.department)) data.department = departmentOf(String(postalCode))
  return data
}
