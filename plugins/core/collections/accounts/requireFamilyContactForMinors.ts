import type { CollectionBeforeValidateHook } from 'payload'

import { invalidField } from '../../../../src/kernel/lib/errors'
import { ageAt } from '../../../../src/kernel/lib/validators'
import { transitionInContext } from '../../../lifecycle/types'

/** A young person under 18 at creation needs a family contact (name and phone); archiving erases it. */
export const requireFamilyContactForMinors: CollectionBeforeValidateHook = ({ data, originalDoc, req, collection, context }) => {
  if (transitionInContext(context)?.to === 'archived') return data
  // A birth date erased (set to null, e.g. « Supprimer ce compte ») is no birth date.
  const birthDate = data && 'birthDate' in data ? data.birthDate : originalDoc?.birthDate
  if (!birthDate) return data
  const createdAt = originalDoc?.createdAt ? new Date(originalDoc.createdAt) : new Date()
  if (Number.isNaN(new Date(birthDate).getTime()) || ageAt(birthDate, createdAt) >= 18) return data
  const contact = { ...(originalDoc?.familyContact ?? {}), ...(data?.familyContact ?? {}) }
  for (const [path, label] of [
    ['name', 'le nom'],
    ['phone', 'le téléphone'],
  ] as const) {
    if (!contact[path]) {
      throw invalidField({
        req,
        collection: collection.slug,
        path: `familyContact.${path}`,
        message: `Contact familial : ${label} est obligatoire pour un jeune mineur.`,
      })
    }
  }
  return data
}
