import type { Endpoint } from 'payload'

import { ACCOUNT_ROLES, allOf, hasRole, inUserStructures, requireAccess } from '../../../src/kernel/access'
import { invalidField } from '../../../src/kernel/lib/errors'
import { SLUGS } from '../../../collections/slugs'
import { REQUIRED_FIELDS_SLUG } from './fields'
import { requiredFieldsFor } from './rulesFor'

/** Staff who edit records, for a structure they act on. */
const editsRecordsAt = allOf(hasRole(...ACCOUNT_ROLES), inUserStructures('id'))

/**
 * `GET /api/required-fields/applicable?structure=<id>`: what a record followed at that structure
 * must fill, each field with the rules requiring it (region, Mission Locale): the list the admin
 * form and any client read before saving. 400 without a structure, 403 outside the caller's.
 */
export const applicableRequiredFieldsEndpoint: Endpoint = {
  path: '/applicable',
  method: 'get',
  handler: async (req) => {
    const structure = Number(new URL(req.url ?? '', 'http://localhost').searchParams.get('structure'))
    if (!Number.isInteger(structure) || structure <= 0) {
      throw invalidField({ req, collection: REQUIRED_FIELDS_SLUG, path: 'structure', message: 'Paramètre « structure » attendu : l’identifiant de la structure de suivi, par exemple ?structure=3.' })
    }
    await requireAccess({
      access: editsRecordsAt,
      req,
      on: { collection: SLUGS.structures, doc: { id: structure } },
      message: 'Vous ne consultez que les champs obligatoires de vos propres structures.',
    })
    return Response.json({ structure, fields: await requiredFieldsFor({ req, structure }) })
  },
}
