import type { AccountEvent } from '../../workflows/account/machine'
import type { BilanPhaseEvent } from '../../workflows/bilan-phase/machine'
import type { CandidatureEvent } from '../../workflows/candidature/machine'
import type { ParrainageEvent } from '../../workflows/parrainage/machine'
import type { SessionEvent } from '../../workflows/session/machine'
import type { UserEvent } from '../../workflows/user/machine'
import type { Config } from '../payload-types'

/**
 * The events each collection's lifecycle accepts (DOMAIN.md « The transition API »), read from the
 * machines themselves: a renamed event or a new required field breaks every caller at compile time.
 */
export type TransitionEvents = {
  accounts: AccountEvent
  candidatures: CandidatureEvent
  parrainages: ParrainageEvent
  users: UserEvent
  sessions: SessionEvent
  'bilan-steps': BilanPhaseEvent
}

export type LifecycleCollection = keyof TransitionEvents & keyof Config['collections']

/** What `GET /api/{collection}/{id}/transitions` answers. */
export type TransitionsOf<C extends LifecycleCollection> = {
  state: string
  allowed: TransitionEvents[C]['type'][]
  history: {
    id: number
    event: TransitionEvents[C]['type']
    from: string
    to: string
    actor?: unknown
    comment?: string | null
    createdAt: string
  }[]
}

/** What `POST /api/{collection}/{id}/transitions` takes: the event's name and its data, flat. */
export type TransitionRequest<C extends LifecycleCollection> = { [E in TransitionEvents[C] as E['type']]: Omit<E, 'type'> & { event: E['type']; comment?: string } }[TransitionEvents[C]['type']]
