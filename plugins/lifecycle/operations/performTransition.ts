import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { transition as nextTransition } from 'xstate'

import { badRequest, conflict, forbidden, notFound } from '../../../src/lib/errors'
import { bindingFor } from '../registry'
import { LIFECYCLE_CONTEXT, TRANSITIONS_SLUG, type LifecycleDocument, type LifecycleEvent, type TransitionRecord } from '../types'
import { claimStatus } from './claimStatus'
import { loadForCaller } from './loadForCaller'
import { mayCallerSend } from './eventAccess'
import { queueEffects, runEffectsNow } from './queueEffects'
import { resolveSnapshot } from './resolveSnapshot'
import { validateEventData } from './validateEventData'

const SERIALIZATION_FAILURE = '40001'

/**
 * Load, authorize, decide, write: the one way a lifecycle status changes. Runs in one
 * transaction (the caller's if any); effects are queued in it and run after it commits.
 * 404 unreadable document, 403 caller may not send it, 409 state refuses it, 400 bad data.
 */
export const performTransition = async ({
  req,
  collection,
  id,
  event,
  skipPermission = false,
}: {
  req: PayloadRequest
  collection: string
  id: number | string
  event: LifecycleEvent
  /** For events the system sends itself (e.g. on creation), already authorized by the operation. */
  skipPermission?: boolean
}): Promise<{ doc: LifecycleDocument; transition: TransitionRecord }> => {
  const binding = bindingFor(req.payload, collection)
  if (!binding) throw notFound(`La collection « ${collection} » n'a pas de cycle de vie.`)
  const eventInfo = typeof event?.type === 'string' ? binding.definition.events[event.type] : undefined
  if (!eventInfo) {
    throw badRequest(
      `Événement inconnu : « ${String(event?.type)} ». Événements possibles : ${Object.keys(binding.definition.events).join(', ')}.`,
    )
  }
  const shouldCommit = await initTransaction(req)
  try {
    const doc = await loadForCaller({ req, collection, id, skipAccess: skipPermission })
    if (!skipPermission && !(await mayCallerSend({ binding, collection, doc, eventType: event.type, req }))) {
      throw forbidden(`Vous n'avez pas le droit d'effectuer l'action « ${eventInfo.label.fr} » sur ce document.`)
    }
    const snapshot = await resolveSnapshot({ binding, doc, req })
    const from = String(snapshot.value)
    const data = validateEventData({ fields: eventInfo.fields, event, req })
    if (!snapshot.can(data as never)) {
      const stateLabel = binding.definition.states[from]?.label.fr ?? from
      throw conflict(`L'action « ${eventInfo.label.fr} » n'est pas possible depuis le statut « ${stateLabel} ».`)
    }
    const [next, actions] = nextTransition(binding.machine, snapshot, data as never)
    const to = String(next.value)
    const changes = (await binding.apply?.[event.type]?.({ doc, event: data, req })) ?? {}
    if (!(await claimStatus({ req, collection, id: doc.id, from, to }))) {
      throw conflict("Ce document vient de changer de statut : rechargez-le avant de réessayer.")
    }
    const updated = (await req.payload.update({
      collection: collection as 'users',
      id: doc.id,
      data: { ...changes, status: to } as never,
      depth: 0,
      req,
      overrideAccess: true,
      // The binding authorized the event and checked its data (e.g. a transfer's target structure).
      context: { [LIFECYCLE_CONTEXT]: true, skipScopeGuard: true },
    })) as unknown as LifecycleDocument
    const { type: _type, message, comment, ...eventData } = data
    const actor = req.user
    const record = (await req.payload.create({
      collection: TRANSITIONS_SLUG as 'users',
      data: {
        collection,
        document: String(doc.id),
        event: event.type,
        from,
        to,
        actor: actor?.collection === 'users' ? actor.id : null,
        actorAccount: actor?.collection === 'accounts' ? actor.id : null,
        comment: (message ?? comment ?? null) as string | null,
        data: Object.keys(eventData).length ? eventData : null,
      } as never,
      req,
      overrideAccess: true,
    })) as unknown as TransitionRecord
    const effects = actions.map((action) => action.type).filter((name) => binding.effects?.[name])
    const jobIds = await queueEffects({ req, collection, document: doc.id, effects, transition: record.id })
    if (shouldCommit) {
      await commitTransaction(req)
      runEffectsNow(req.payload, jobIds)
    }
    return { doc: updated, transition: record }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    if ((error as { code?: string })?.code === SERIALIZATION_FAILURE) {
      throw conflict('Ce document vient de changer de statut : rechargez-le avant de réessayer.')
    }
    throw error
  }
}
