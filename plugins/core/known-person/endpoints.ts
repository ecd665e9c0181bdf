import type { Endpoint } from 'payload'

import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { openProgrammeOnKnownPerson } from './openProgramme'

/** POST /api/accounts/open-programme: the answer to a 409 « jeune déjà connu ». */
export const openProgrammeEndpoint: Endpoint = {
  path: '/open-programme',
  method: 'post',
  handler: async (req) => {
    const input = await readJsonObject(req, '{ "email": "…", "kind": "bilan" }', ['email', 'firstName', 'lastName', 'birthDate', 'kind', 'structure', 'startDate'])
    return Response.json(await openProgrammeOnKnownPerson({ req, input }), { status: 201 })
  },
}
