import type { PathEventSource } from '../../src/kernel/path'
import { transitionEvents } from '../../src/kernel/path'
import { relationId } from '../../src/kernel/lib/relationId'
import { BILAN_SLUGS } from './slugs'

/** Bilan phases completed: the DABM key events of a young person's path (issue 18). */
export const bilanPhaseEvents: PathEventSource = async ({ req, account }) => {
  const { docs } = await req.payload.find({ collection: BILAN_SLUGS.steps as 'bilan-steps', where: { candidate: { equals: account } }, depth: 0, limit: 200, pagination: false, overrideAccess: true, req })
  const documents = docs.map((doc) => ({ id: Number(doc.id), about: String((doc as { title?: unknown }).title ?? ''), structure: relationId((doc as { structure?: unknown }).structure) }))
  return transitionEvents({ req, module: 'bilan', collection: BILAN_SLUGS.steps, documents, labels: { completed: 'Phase du bilan terminée' } })
}
