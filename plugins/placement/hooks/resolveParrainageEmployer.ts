import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'

/** A parrainage is addressed to one company (an employer structure). */
export const resolveParrainageEmployer: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const id = relationId(data.employer)
  const employer = id ? await req.payload.findByID({ collection: 'structures', id, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  if (employer?.type !== 'employer') {
    throw invalidField({ req, collection: collection.slug, path: 'employer', message: "Choisissez l'entreprise à qui demander un parrainage." })
  }
  data.title = `${data.candidateName} – ${employer.name}`
  return data
}
