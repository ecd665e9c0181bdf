import { and, eq } from 'drizzle-orm'
import { APIError, type PayloadRequest } from 'payload'
import { transition as nextTransition } from 'xstate'

import { drizzleFor, tableOf } from '../../../src/kernel/db/requestDb'
import { withTransaction } from '../../../src/kernel/db/withTransaction'
import { badRequest, conflict, forbidden } from '../../../src/kernel/lib/errors'
import {
  LIFECYCLE_CONTEXT,
  TRANSITIONS_SLUG,
  type BoundLifecycle,
  type LifecycleDocument,
  type LifecycleEvent,
  type TransitionContext,
  type TransitionRecord,
} from '../types'
import { mayCallerSend } from './eventAccess'
import { loadForCaller } from './loadForCaller'
import { queueEffects } from './queueEffects'
import { resolveSnapshot } from './resolveSnapshot'
import { validateEventData } from './validateEventData'

const SERIALIZATION_FAILURE = '40001'
const CHANGED_MEANWHILE = 'Ce document vient de changer de statut : rechargez-le avant de réessayer.'

/**
 * The one way a lifecycle status changes, top to bottom: load, authorize, decide, claim, write,
 * history, outbox; commit; effects. Runs in one transaction (the caller's if any): the effects
 * are queued in it and run once it has committed.
 * 400 unknown event or bad data, 404 no such document, 403 unreadable or event not allowed to
 * this caller, 409 the state does not accept the event (or another transition won the race).
 */
export const transitionDocument = async ({
  lifecycle: { collection, binding },
  req,
  id,
  event,
  skipPermission = false,
}: {
  lifecycle: BoundLifecycle
  req: PayloadRequest
  id: number | string
  event: LifecycleEvent
  /** For events the system sends itself (creation, clock, seed), already authorized by the caller. */
  skipPermission?: boolean
}): Promise<{ doc: LifecycleDocument; transition: TransitionRecord }> => {
  const eventInfo = typeof event?.type === 'string' ? binding.definition.events[event.type] : undefined
  if (!eventInfo) {
    throw badRequest(
      `Événement inconnu : « ${String(event?.type)} ». Événements possibles : ${Object.keys(binding.definition.events).join(', ')}.`,
    )
  }
  try {
    return await withTransaction(
      req,
      async () => {
        // Load (the one read of the document) and authorize.
        const doc = await loadForCaller({ req, collection, id, skipAccess: skipPermission })
        if (!skipPermission && !(await mayCallerSend({ binding, collection, doc, eventType: event.type, req }))) {
          throw forbidden(`Vous n'avez pas le droit d'effectuer l'action « ${eventInfo.label.fr} » sur ce document.`)
        }

        // Decide: the machine, pure, from the stored status.
        const snapshot = await resolveSnapshot({ binding, doc, req })
        const from = String(snapshot.value)
        const data = validateEventData({ fields: eventInfo.fields, event, eventLabel: eventInfo.label.fr, req })
        if (!snapshot.can(data)) {
          // A binding may say why in the manual's words, with data (e.g. what still hangs on a user being unsubscribed).
          const refusal = await binding.refusal?.[event.type]?.({ doc, event: data, req })
          if (refusal) throw new APIError(refusal.message, 409, refusal.data ?? null, true)
          const stateLabel = binding.definition.states[from]?.label.fr ?? from
          throw conflict(`L'action « ${eventInfo.label.fr} » n'est pas possible depuis le statut « ${stateLabel} ».`)
        }
        const [next, actions] = nextTransition(binding.machine, snapshot, data)
        const to = String(next.value)
        const changes = (await binding.apply?.[event.type]?.({ doc, event: data, req })) ?? {}

        // Claim: the status moves only if it still is the one we decided from.
        if (!(await claimStatus({ req, collection, id: doc.id, from, to }))) throw conflict(CHANGED_MEANWHILE)

        // Write the event's changes (the status is already written). The collection's own hooks run
        // here and find the move in the context; the binding has checked the data (e.g. a transfer's
        // target structure), hence no structure-scope guard.
        const moved: TransitionContext = { event: event.type, from, to }
        const updated = await req.payload.update({
          collection,
          id: doc.id,
          // The collection is the binding's, known at run time: the Local API cannot type data for a slug held in a variable.
          data: changes as never,
          depth: 0,
          req,
          overrideAccess: true,
          context: { [LIFECYCLE_CONTEXT]: moved, skipScopeGuard: true },
        })

        // History, then the outbox: both exist if and only if the transaction commits.
        const record = await recordTransition({ req, collection, document: doc.id, moved, data })
        const effects = actions.map((action) => action.type).filter((name) => binding.effects?.[name])
        await queueEffects({ req, collection, document: doc.id, effects, transition: record.id })
        return { doc: { ...updated }, transition: record }
      },
      // The effects committed with the transition run from the queue's next poll (`JOBS_CRON`, or the
      // worker). Not `runByID` at once: it ignores the « processing » claim, so the poll could run the
      // same job a second time, whose failed log write left a transaction open (seen in the suite).
    )
  } catch (error) {
    if ((error as { code?: string })?.code === SERIALIZATION_FAILURE) throw conflict(CHANGED_MEANWHILE)
    throw error
  }
}

type DrizzleLike = {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
    }
  }
}

/**
 * `UPDATE … SET status = to WHERE id = … AND status = from`. PostgreSQL re-checks the condition
 * once it holds the row lock, so of concurrent transitions exactly one wins; the others update
 * nothing and are told 409.
 */
const claimStatus = async ({ req, collection, id, from, to }: { req: PayloadRequest; collection: string; id: number | string; from: string; to: string }) => {
  const table = tableOf(req, collection)
  const db = await drizzleFor<DrizzleLike>(req)
  const rows = await db
    .update(table)
    .set({ status: to })
    .where(and(eq(table.id, id), eq(table.status, from)))
    .returning({ id: table.id })
  return rows.length === 1
}

/** The history row: who sent which event, from which state to which, with its message and data. */
const recordTransition = async ({
  req,
  collection,
  document,
  moved,
  data,
}: {
  req: PayloadRequest
  collection: string
  document: number | string
  moved: TransitionContext
  data: LifecycleEvent
}) => {
  const { type: _type, message, comment, ...eventData } = data
  const actor = req.user
  return req.payload.create({
    collection: TRANSITIONS_SLUG,
    data: {
      collection,
      document: String(document),
      ...moved,
      actor: actor?.collection === 'users' ? actor.id : null,
      actorAccount: actor?.collection === 'accounts' ? actor.id : null,
      comment: (message ?? comment ?? null) as string | null,
      data: Object.keys(eventData).length ? eventData : null,
    },
    req,
    overrideAccess: true,
  })
}
