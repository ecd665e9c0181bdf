import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { loadDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'

/**
 * A candidature answers an offer (the employer is the offer's company) or goes spontaneously
 * to an employer. The offer must be one the candidate can read (published).
 */
export const resolveCandidatureTarget: CollectionBeforeChangeHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create') return data
  const fail = (path: string, message: string) => {
    throw invalidField({ req, collection: collection.slug, path, message })
  }
  const offerId = relationId(data.offer)
  if (offerId) {
    const offer = await loadDoc({ req, collection: 'offers', id: offerId, asCaller: true })
    if (!offer || offer.publication !== 'published') fail('offer', "Cette offre n'existe pas ou n'est plus publiée.")
    data.kind = 'offer'
    data.employer = relationId(offer!.structure)
    data.title = `Candidature à l'offre ${offer!.reference ? `${offer!.reference} – ` : ''}${offer!.title}`
    return data
  }
  const employerId = relationId(data.employer)
  const employer = employerId
    ? await req.payload.findByID({ collection: 'structures', id: employerId, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (employer?.type !== 'employer') fail('employer', "Choisissez une offre, ou l'entreprise à qui adresser une candidature spontanée.")
  data.kind = 'spontaneous'
  data.offer = null
  data.title = `Candidature spontanée – ${employer!.name}`
  return data
}
