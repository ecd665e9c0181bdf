import type { PayloadRequest } from 'payload'

import { TRANSITIONS_SLUG, type BoundLifecycle } from '../types'
import { mayCallerSend } from './eventAccess'
import { loadForCaller } from './loadForCaller'
import { resolveSnapshot } from './resolveSnapshot'
import { displayName, type NamedPerson } from '../../../src/kernel/lib/displayName'

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
    const acceptsEvent = snapshot.can({ ...info.probe, type } as never)
    if (acceptsEvent && (await mayCallerSend({ binding, collection, doc, eventType: type, req }))) allowed.push(type)
  }
  const { docs: history } = await req.payload.find({
    collection: TRANSITIONS_SLUG as 'users',
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
    history: history.map((row) => {
      const r = row as unknown as Record<string, unknown> & { actor?: (NamedPerson & { id: number }) | null }
      return {
        id: r.id,
        event: r.event,
        from: r.from,
        to: r.to,
        actor: r.actor ? { id: r.actor.id, name: displayName(r.actor) } : null,
        actorAccount: r.actorAccount ?? null,
        comment: r.comment ?? null,
        data: r.data ?? null,
        createdAt: r.createdAt,
      }
    }),
  }
}
