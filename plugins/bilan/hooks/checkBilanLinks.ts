import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { relationId, relationIds } from '../../../src/kernel/lib/relationId'
import { BILAN_SLUGS } from '../slugs'
import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'

const fullName = (doc: NamedPerson & { id: number }) => displayName(doc, { fallback: String(doc.id) })

/**
 * Create and update access cannot see the data: the candidate must be one the caller follows,
 * the counsellor a counsellor, the DABM a DABM, the phases existing ones (kept in bilan order).
 */
export const checkBilanLinks: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const fail = (path: string, message: string) => {
    throw invalidField({ req, collection: collection.slug, path, message })
  }
  const candidateId = relationId(data.candidate ?? originalDoc?.candidate)
  if (operation === 'update' && 'candidate' in data && candidateId !== relationId(originalDoc?.candidate)) {
    fail('candidate', "Le candidat d'un bilan ne peut pas être changé.")
  }
  if (operation === 'create' || !data.title) {
    const candidate = candidateId
      ? await req.payload.findByID({ collection: 'accounts', id: candidateId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
      : null
    if (!candidate) return fail('candidate', "Ce candidat n'existe pas ou n'est pas suivi par votre structure.")
    data.title = `Bilan de ${fullName(candidate)}`
  }
  if ('counsellor' in data || operation === 'create') {
    const counsellorId = relationId(data.counsellor)
    const counsellor = counsellorId
      ? await req.payload.findByID({ collection: 'users', id: counsellorId, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
    const roles = (counsellor?.roles ?? []) as string[]
    if (!roles.some((role) => role === 'counsellor' || role === 'lead-counsellor')) {
      fail('counsellor', 'Choisissez un conseiller (rôle Conseiller ou Conseiller référent).')
    }
  }
  if ('dabm' in data) {
    const dabm = await req.payload.findByID({ collection: 'structures', id: relationId(data.dabm)!, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (dabm?.type !== 'dabm') fail('dabm', 'Choisissez un DABM.')
  }
  if ('phases' in data || operation === 'create') {
    const ids = [...new Set(relationIds(data.phases))]
    if (ids.length === 0) fail('phases', 'Choisissez au moins une phase pour ce candidat.')
    const { docs } = await req.payload.find({
      collection: BILAN_SLUGS.phases,
      where: { id: { in: ids } },
      sort: 'order',
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      req,
    })
    if (docs.length !== ids.length) fail('phases', "Une des phases choisies n'existe pas.")
    data.phases = docs.map((doc) => doc.id)
  }
  return data
}
