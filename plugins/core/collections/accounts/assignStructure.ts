import type { CollectionBeforeValidateHook } from 'payload'

import { asPrincipal, isStaffUser } from '../../../../src/kernel/access'
import { secretUnlessChosen } from '../../../../src/kernel/auth/secretUnlessChosen'
import { invalidField } from '../../../../src/kernel/lib/errors'
import { isFrenchPostalCode } from '../../../../src/kernel/lib/validators'
import { findMissionLocaleByPostalCode } from '../../operations/findMissionLocaleByPostalCode'

/**
 * On creation: a pre-registration (anonymous) is followed by the Mission Locale covering its
 * postal code, or the one the young person chose when none covers it; an account created by
 * staff must name its structure, and gets a random password until its owner sets one.
 */
export const assignStructure: CollectionBeforeValidateHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create' || !data) return data
  const user = asPrincipal(req.user)
  if (isStaffUser(user)) {
    if (!data.structure) {
      throw invalidField({ req, collection: collection.slug, path: 'structure', message: 'La structure de suivi est obligatoire.' })
    }
    data.origin = 'staff'
    // The admin's form sends a placeholder (PasswordByLink); API callers may still give one.
    data.password = secretUnlessChosen(data.password) ?? data.password
    return data
  }
  if (user) return data
  // A system write (Local API without a user: seed, import) says where the account belongs.
  if (req.payloadAPI === 'local' && data.structure) return data
  // Anonymous pre-registration: what the caller sent for these is ignored.
  data.origin = 'pre-registration'
  delete data.referents
  delete data.autonomous
  if (data.postalCode && !isFrenchPostalCode(data.postalCode)) {
    throw invalidField({ req, collection: collection.slug, path: 'postalCode', message: 'Code postal invalide : 5 chiffres attendus (ex. 76500).' })
  }
  const covering = data.postalCode ? await findMissionLocaleByPostalCode({ req, postalCode: String(data.postalCode) }) : null
  if (covering) {
    data.structure = covering.id
    return data
  }
  const requested = data.requestedStructure
    ? await req.payload.findByID({ collection: 'structures', id: data.requestedStructure, depth: 0, req, disableErrors: true })
    : null
  if (requested?.type !== 'mission-locale') {
    throw invalidField({
      req,
      collection: collection.slug,
      path: 'requestedStructure',
      message: 'Aucune Mission Locale ne couvre ce code postal : choisissez votre Mission Locale.',
    })
  }
  data.structure = requested.id
  return data
}
