import type { CollectionBeforeValidateHook } from 'payload'

import { asPrincipal, isStaffUser, isSuperAdminUser, structuresWithDescendants, userHasRole, userStructureIds, userStructureScope } from '../../../src/kernel/access'
import { forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { CREATED_AS_CANDIDATE } from './createCandidateProfile'

const REQUIRED = [
  ['lastName', 'Le nom est obligatoire.'],
  ['email', "L'e-mail est obligatoire : il sert d'identifiant au candidat."],
  ['birthDate', 'La date de naissance est obligatoire.'],
] as const

const FOLLOWER_ROLES = ['establishment-referent', 'mission-officer'] as const

/**
 * Seed 004, "Création candidat": an account followed by an establishment needs a name, an
 * e-mail, a birth date and at least one establishment referent, every referent being a referent
 * or mission officer of that establishment. "Je suis son référent établissement" adds the creator.
 */
export const requireEstablishmentCandidate: CollectionBeforeValidateHook = async ({ data, originalDoc, req, operation, collection }) => {
  // One request may create several accounts (an import): each one says again whether it is a candidate.
  if (operation === 'create') delete req.context[CREATED_AS_CANDIDATE]
  const user = asPrincipal(req.user)
  if (!data || !isStaffUser(user)) return data
  const structureId = relationId(data.structure ?? originalDoc?.structure)
  const structure = structureId
    ? await req.payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (structure?.type !== 'establishment') return data
  // On req.context itself: a nested Local API call (the lookups here) replaces that object with a copy.
  if (operation === 'create') req.context[CREATED_AS_CANDIDATE] = true
  // Candidates are created by the staff of their own establishment only (the core's scope guard
  // would say the same later; saying it first keeps the answer a 403, not a referent error).
  if (operation === 'create' && !isSuperAdminUser(user) && !(await userStructureScope(req)).includes(structure.id)) {
    throw forbidden(`Vous ne pouvez créer des candidats que dans votre établissement, pas dans « ${structure.name} ».`)
  }
  const fail = (path: string, message: string) => {
    throw invalidField({ req, collection: collection.slug, path, message })
  }
  const referents = ((data.referents ?? originalDoc?.referents ?? []) as unknown[]).map(relationId).filter((id): id is number => id !== null)
  if (data.iAmReferent === true && !referents.includes(Number(user.id))) referents.push(Number(user.id))
  if (data.iAmReferent === true || data.referents !== undefined) data.referents = referents
  delete data.iAmReferent
  if (operation === 'create') {
    for (const [path, message] of REQUIRED) if (!data[path]) fail(path, message)
  }
  if (operation === 'update' && data.referents === undefined && data.structure === undefined) return data
  if (referents.length === 0) fail('referents', 'Indiquez au moins un référent établissement (ou cochez « Je suis son référent établissement »).')
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: referents } },
    depth: 0,
    limit: referents.length,
    overrideAccess: true,
    req,
  })
  for (const id of referents) {
    const referent = docs.find((doc) => doc.id === id)
    const scope = referent ? await structuresWithDescendants({ req, ids: userStructureIds({ ...referent, collection: 'users' }) }) : []
    if (!referent || !userHasRole({ ...referent, collection: 'users' }, FOLLOWER_ROLES) || !scope.includes(structure.id)) {
      fail('referents', `Les référents doivent être des référents établissement ou chargés de mission de « ${structure.name} ».`)
    }
  }
  return data
}
