import type { PathEventSource } from '../../src/kernel/path'
import { relationId } from '../../src/kernel/lib/relationId'

/** Instant-T questionnaires taken (linked to the account): the Mission Locale's key events of a path (issue 18). */
export const questionnaireEvents: PathEventSource = async ({ req, account }) => {
  const { docs } = await req.payload.find({ collection: 'instant-t', where: { account: { equals: account } }, depth: 0, limit: 100, pagination: false, overrideAccess: true, req })
  return docs.map((doc) => ({ at: String(doc.createdAt), module: 'instant-t', label: 'Questionnaire Instant-T passé', structure: relationId((doc as { structure?: unknown }).structure) }))
}
