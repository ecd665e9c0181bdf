import type { Endpoint } from 'payload'

import { ACCOUNT_ROLES, asPrincipal, userHasRole } from '../../../src/kernel/access'
import { forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { openProgrammeOnKnownPerson } from './openProgramme'
import { knownPersonAnswer } from './proposal'

/** POST /api/accounts/open-programme: the answer to a 409 « jeune déjà connu ». */
export const openProgrammeEndpoint: Endpoint = {
  path: '/open-programme',
  method: 'post',
  handler: async (req) => {
    const input = await readJsonObject(req, '{ "email": "…", "kind": "bilan" }', ['email', 'firstName', 'lastName', 'birthDate', 'kind', 'structure', 'startDate'])
    return Response.json(await openProgrammeOnKnownPerson({ req, input }), { status: 201 })
  },
}

/**
 * POST /api/accounts/known-person: is this person already known? `200 { known: false }`, or the
 * `409` a creation would answer (the same message and proposal, revealing nothing more). For the
 * staff who may open a programme on a known person, as `open-programme`.
 */
export const knownPersonEndpoint: Endpoint = {
  path: '/known-person',
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(asPrincipal(req.user), ACCOUNT_ROLES)) throw forbidden('Seul le personnel qui suit des jeunes peut chercher un jeune déjà connu.')
    const identity = await readJsonObject(req, '{ "email": "…", "firstName": "…", "lastName": "…", "birthDate": "2005-03-14" }', ['email', 'firstName', 'lastName', 'birthDate'])
    const answer = await knownPersonAnswer({ req, identity })
    return Response.json(answer ?? { known: false }, { status: answer ? 409 : 200, headers: { 'Cache-Control': 'private, no-store' } })
  },
}
