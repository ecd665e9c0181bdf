import type { Access, CollectionSlug, PayloadRequest } from 'payload'
import type { AnyStateMachine } from 'xstate'

import type { Transition } from '../../src/payload-types'
import type { LifecycleDefinition } from '../../workflows/shared/types'

export type LifecycleDocument = Record<string, unknown> & { id: number | string; status?: string | null }

export type LifecycleEvent = { type: string } & Record<string, unknown>

/** Runs once the transition has committed, from the jobs queue; must be safe to run twice. */
export type EffectHandler = (args: {
  req: PayloadRequest
  collection: CollectionSlug
  doc: LifecycleDocument
  transition: TransitionRecord | null
}) => Promise<void>

/** One row of the history (`transitions`), read at depth 0. */
export type TransitionRecord = Transition

/**
 * Binds one pure machine to one collection. Everything that touches Payload lives here,
 * never in `workflows/`.
 */
export type LifecycleBinding = {
  machine: AnyStateMachine
  definition: LifecycleDefinition
  /**
   * Who may send each event: access functions of the shared vocabulary. A `Where` result is
   * matched against the document, so the same rules serve lists and transitions.
   */
  permissions: Record<string, Access>
  /** The machine's context, built from the document (for guards). */
  context?: (args: { doc: LifecycleDocument; req: PayloadRequest }) => Promise<Record<string, unknown>> | Record<string, unknown>
  /** Document changes an accepted event brings besides the status (may throw a 400). */
  apply?: Record<
    string,
    (args: { doc: LifecycleDocument; event: LifecycleEvent; req: PayloadRequest }) => Promise<Record<string, unknown>> | Record<string, unknown>
  >
  /**
   * Why the machine's guard refuses an event the state otherwise knows (e.g. what still hangs on a
   * user before unsubscribing): a French message, and data for the client, given with the 409.
   */
  refusal?: Record<
    string,
    (args: { doc: LifecycleDocument; event: LifecycleEvent; req: PayloadRequest }) => Promise<{ message: string; data?: Record<string, unknown> } | null> | { message: string; data?: Record<string, unknown> } | null
  >
  /** Effect handlers, keyed by the machine's action names. */
  effects?: Record<string, EffectHandler>
  /** An event sent on creation (e.g. an account created by staff is enabled at once). */
  onCreate?: (args: { doc: LifecycleDocument; req: PayloadRequest }) => LifecycleEvent | null
  /** Effects to run after a creation (e.g. confirmation e-mails of a pre-registration). */
  createEffects?: (args: { doc: LifecycleDocument; req: PayloadRequest }) => string[]
}

/**
 * A binding together with the collection it was bound to: what `bindLifecycle` creates once and
 * its endpoints, hooks and operations close over.
 */
export type BoundLifecycle = { collection: CollectionSlug; binding: LifecycleBinding }

/**
 * Set in `req.context` by the plugin's own write of an accepted transition (the only way `status`
 * changes): the collection's hooks read the move there, since `status` is not in that write's data.
 */
export const LIFECYCLE_CONTEXT = 'lifecycleTransition'

export type TransitionContext = { event: string; from: string; to: string }

/** The transition being written, when this change is the lifecycle's own write. */
export const transitionInContext = (context: Record<string, unknown> | undefined): TransitionContext | undefined =>
  context?.[LIFECYCLE_CONTEXT] as TransitionContext | undefined

export const TRANSITIONS_SLUG = 'transitions'

export const EFFECT_TASK = 'lifecycle-effect'

export const EFFECTS_QUEUE = 'effects'
