import type { Endpoint, PayloadRequest } from 'payload'

import { asPrincipal, isSuperAdminUser, userHasRole, userOpensSection } from '../../../src/kernel/access'
import { badRequest, conflict, forbidden, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { relationId } from '../../../src/kernel/lib/relationId'
import { findHomonyms } from '../collections/users/homonyms'

/**
 * The structure an administrator attaches people to: one they belong to directly (an admin of
 * that structure), the one they name when they have several. A super-admin names any.
 */
const targetStructure = async (req: PayloadRequest, wanted: unknown) => {
  const caller = asPrincipal(req.user)
  if (!caller || caller.collection !== 'users' || !userOpensSection(caller, 'administration')) {
    throw forbidden('Seul un administrateur de la structure peut y ajouter un utilisateur existant.')
  }
  const own = ((caller as { structures?: unknown[] }).structures ?? []).map(relationId).filter((id): id is number => id !== null)
  if (wanted !== undefined && wanted !== null && !(typeof wanted === 'number' || (typeof wanted === 'string' && /^\d+$/.test(wanted)))) {
    throw invalidField({ req, collection: 'users', path: 'structure', message: 'La structure doit être désignée par son identifiant.' })
  }
  if (isSuperAdminUser(caller)) {
    if (wanted === undefined || wanted === null) throw invalidField({ req, collection: 'users', path: 'structure', message: 'Choisissez la structure à laquelle ajouter cet utilisateur.' })
    return Number(wanted)
  }
  if (wanted === undefined || wanted === null) {
    if (own.length !== 1) throw invalidField({ req, collection: 'users', path: 'structure', message: 'Vous administrez plusieurs structures : choisissez celle à laquelle ajouter cet utilisateur.' })
    return own[0]
  }
  if (!own.includes(Number(wanted))) throw forbidden("Vous n'administrez pas cette structure : vous ne pouvez pas y ajouter d'utilisateur.")
  return Number(wanted)
}

/**
 * Seed 003, « + Ajouter ce compte utilisateur à ma structure »: POST `/api/users/:id/attach`
 * (`{ "structure": 3 }` optional when the admin has one structure) adds an existing person —
 * found among the homonyms — to the caller's structure, keeping their account, identifier and
 * history. Their state is unchanged (a deactivated account stays so until reactivated).
 */
export const attachUserEndpoint: Endpoint = {
  path: '/:id/attach',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw forbidden('Connectez-vous pour ajouter un utilisateur à votre structure.')
    const { structure: wanted } = await readJsonObject(req, '{ "structure": 3 }', ['structure'])
    const structure = await targetStructure(req, wanted)
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d+$/.test(id)) throw badRequest("L'identifiant de l'utilisateur doit être un nombre.")
    const user = await req.payload.findByID({ collection: 'users', id: Number(id), depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!user) throw notFound('Utilisateur introuvable.')
    if (user.status === 'unsubscribed') throw conflict('Cet utilisateur est désinscrit (« Donnée anonymisée ») : créez un nouveau compte.')
    const structures = ((user.structures ?? []) as unknown[]).map(relationId).filter((s): s is number => s !== null)
    if (structures.includes(structure)) throw conflict('Cet utilisateur est déjà rattaché à cette structure.')
    const exists = await req.payload.count({ collection: 'structures', where: { id: { equals: structure } }, overrideAccess: true, req })
    if (!exists.totalDocs) throw invalidField({ req, collection: 'users', path: 'structure', message: 'Cette structure n’existe pas.' })
    const updated = await req.payload.update({
      collection: 'users',
      id: user.id,
      data: { structures: [...structures, structure] },
      depth: 0,
      overrideAccess: true,
      req,
      context: { skipScopeGuard: true },
    })
    return Response.json({
      message: 'Le compte existant a été ajouté à votre structure : il garde son identifiant et son historique.',
      doc: { id: updated.id, firstName: updated.firstName ?? null, lastName: updated.lastName ?? null, structures: updated.structures, status: updated.status },
    })
  },
}

/**
 * GET `/api/users/homonyms?firstName=&lastName=`: what the creation form shows before anything is
 * created (the same matches and fields as the 409), to those who may create users.
 */
export const homonymsEndpoint: Endpoint = {
  path: '/homonyms',
  method: 'get',
  handler: async (req) => {
    const caller = asPrincipal(req.user)
    const mayCreate = isSuperAdminUser(caller) || userHasRole(caller, ['admin', 'mission-officer', 'academic-admin'])
    if (!caller || caller.collection !== 'users' || !mayCreate) throw forbidden('Seuls ceux qui créent des utilisateurs recherchent les homonymes.')
    const duplicates = await findHomonyms({ req, firstName: req.query?.firstName, lastName: req.query?.lastName })
    return Response.json({ duplicates })
  },
}
