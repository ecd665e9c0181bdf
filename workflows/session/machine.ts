import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type SessionState = 'upcoming' | 'to-close' | 'closed'

/** `END` is sent by the platform's clock when the session's end has passed, never by a person. */
export type SessionEvent = { type: 'END' } | { type: 'CLOSE'; attendance: number[] }

/**
 * A collective session of a Mission Locale's agenda (seed 001, « L'agenda de l'établissement »):
 * « À venir » until it has taken place, then « À clore » until a counsellor takes the attendance
 * and closes it (« Close »).
 */
export const sessionMachine = setup({
  types: { events: {} as SessionEvent },
}).createMachine({
  id: 'session',
  initial: 'upcoming',
  states: {
    upcoming: { on: { END: 'to-close' } },
    'to-close': { on: { CLOSE: 'closed' } },
    closed: { type: 'final' },
  },
})

export const sessionLifecycle: LifecycleDefinition<SessionState, SessionEvent['type']> = {
  states: {
    upcoming: { label: { fr: 'À venir', en: 'Upcoming' }, color: 'blue' },
    'to-close': { label: { fr: 'À clore', en: 'To close' }, color: 'orange' },
    closed: { label: { fr: 'Close', en: 'Closed' }, color: 'green' },
  },
  events: {
    END: { label: { fr: 'La session a eu lieu', en: 'Session over' } },
    CLOSE: {
      label: { fr: 'Émarger et clore la session', en: 'Take attendance and close' },
      tone: 'primary',
      ownForm: true,
      fields: [
        {
          name: 'attendance',
          type: 'json',
          required: true,
          label: { fr: 'Bénéficiaires présents (identifiants des comptes)', en: 'Present beneficiaries (account ids)' },
        },
      ],
    },
  },
}
