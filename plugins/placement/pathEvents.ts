import type { PathEventSource } from '../../src/kernel/path'
import { transitionEvents } from '../../src/kernel/path'
import { relationId } from '../../src/kernel/lib/relationId'
import { PLACEMENT_SLUGS } from './slugs'

/** Candidatures sent and decided: the Atouts key events of a young person's path (issue 18). */
export const candidatureEvents: PathEventSource = async ({ req, account }) => {
  const { docs } = await req.payload.find({ collection: PLACEMENT_SLUGS.candidatures, where: { candidate: { equals: account } }, depth: 0, limit: 200, pagination: false, overrideAccess: true, req })
  const documents = docs.map((doc) => ({ id: Number(doc.id), about: String(doc.title ?? ''), structure: relationId(doc.structure) }))
  return transitionEvents({
    req,
    module: 'placement',
    collection: 'candidatures',
    documents,
    labels: { sent: 'Candidature envoyée', accepted: 'Candidature retenue', rejected: 'Candidature non retenue' },
  })
}
