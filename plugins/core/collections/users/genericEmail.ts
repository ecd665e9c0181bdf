import type { CollectionBeforeValidateHook } from 'payload'

import { invalidField } from '../../../../src/kernel/lib/errors'
import { normaliseName } from './homonyms'

/**
 * Seed 003: « L'utilisateur doit être une personne physique. Il est interdit de créer des comptes
 * génériques de type “Accueil” ou “Equipe emploi” ». What a machine can tell is the e-mail: its
 * local part (before `@`, without a `+tag`, accents, case and `.`/`-`/`_` ignored) must not be
 * one of these service words (README, « Comptes génériques »).
 */
export const GENERIC_LOCAL_PARTS = [
  'accueil',
  'contact',
  'contacts',
  'secretariat',
  'secretaire',
  'info',
  'infos',
  'information',
  'informations',
  'equipe',
  'equipeemploi',
  'emploi',
  'standard',
  'service',
  'services',
  'bureau',
  'direction',
  'administration',
  'mission',
  'missionlocale',
  'ml',
  'rh',
  'noreply',
  'nepasrepondre',
  'courrier',
  'mail',
  'email',
  'team',
  'support',
  'communication',
  'formation',
  'orientation',
  'permanence',
  'antenne',
]

const GENERIC = new Set(GENERIC_LOCAL_PARTS)

/** Whether an e-mail designates a service rather than a person. */
export const isGenericEmail = (email: unknown): boolean => {
  if (typeof email !== 'string' || !email.includes('@')) return false
  const local = normaliseName(email.slice(0, email.lastIndexOf('@')).split('+')[0]).replace(/[\s._]+/g, '')
  return GENERIC.has(local)
}

/** Refuses a generic e-mail when a user is created or their e-mail changes (REST, GraphQL, admin). */
export const refuseGenericEmail: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req, collection }) => {
  if (!data || req.payloadAPI === 'local') return data
  const email = data.email
  if (operation === 'update' && (email === undefined || email === originalDoc?.email)) return data
  if (isGenericEmail(email)) {
    throw invalidField({
      req,
      collection: collection.slug,
      path: 'email',
      message: `Un compte utilisateur est celui d’une personne physique : l’adresse « ${String(email)} » est celle d’un service (accueil, contact, secrétariat…). Saisissez l’adresse personnelle de l’agent.`,
    })
  }
  return data
}
