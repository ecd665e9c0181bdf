import type { PayloadRequest } from 'payload'

import { TRANSITIONS_SLUG, type BoundLifecycle } from '../types'
import { mayCallerSend } from './eventAccess'
import { loadForCaller } from './loadForCaller'
import { resolveSnapshot } from './resolveSnapshot'
import { displayName } from '../../../src/kernel/lib/displayName'

/** `{ state, allowed, history }` for a document the caller can read. */
export const describeTransitions = async ({
  lifecycle: { collection, binding },
  req,
  id,
}: {
  lifecycle: BoundLifecycle
  req: PayloadRequest
  id: number | string
}) => {
  const doc = await loadForCaller({ req, collection, id })
  const snapshot = await resolveSnapshot({ binding, doc, req })
  const allowed: string[] = []
  for (const [type, info] of Object.entries(binding.definition.events)) {
    // Events with data are offered when the state accepts them; their data is checked on POST.
    // The event's `probe` gives the fields the machine's guards read before that data is known.
    const acceptsEvent = snapshot.can({ ...info.probe, type })
    if (acceptsEvent && (await mayCallerSend({ binding, collection, doc, eventType: type, req }))) allowed.push(type)
  }
  const { docs: history } = await req.payload.find({
    collection: TRANSITIONS_SLUG,
    where: { and: [{ collection: { equals: collection } }, { document: { equals: String(doc.id) } }] },
    sort: 'createdAt',
    limit: 500,
    depth: 1,
    overrideAccess: true,
    req,
  })
  return {
    state: String(snapshot.value),
    label: binding.definition.states[String(snapshot.value)]?.label.fr,
    allowed,
    history: history.map((r) => {
      // Read at depth 1: the actor comes populated (an id only if their user is gone).
      const actor = r.actor && typeof r.actor === 'object' ? r.actor : null
      return {
        id: r.id,
        event: r.event,
        from: r.from,
        to: r.to,
        actor: actor ? { id: actor.id, name: displayName(actor) } : null,
        actorAccount: r.actorAccount ?? null,
        comment: r.comment ?? null,
        data: r.data ?? null,
        createdAt: r.createdAt,
      }
    }),
  }
}
