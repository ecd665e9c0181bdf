import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type ReassignmentState = 'in-progress' | 'ended'

/** `END`: a temporary reassignment is over; its young people go back to their counsellor. */
export type ReassignmentEvent = { type: 'END' }

export type ReassignmentContext = {
  /** `temporary` (until a date, then back) or `definitive` (never ends). */
  type: 'temporary' | 'definitive'
}

/**
 * CEJ « Le module de réaffectation » (seed 001): young people of one counsellor followed by
 * another one. A temporary reassignment (holidays, absence) is « En cours » until its end date,
 * when the platform's clock (or its counsellor, or an admin) ends it and the young people return;
 * a definitive one stays « En cours »: it is the counsellor history's record of the move.
 */
export const reassignmentMachine = setup({
  types: { context: {} as ReassignmentContext, events: {} as ReassignmentEvent },
  guards: {
    isTemporary: ({ context }) => context.type === 'temporary',
  },
  actions: {
    notifyCounsellors: () => {},
  },
}).createMachine({
  id: 'reassignment',
  initial: 'in-progress',
  context: { type: 'temporary' },
  states: {
    'in-progress': { on: { END: { target: 'ended', guard: 'isTemporary', actions: 'notifyCounsellors' } } },
    ended: { type: 'final' },
  },
})

export const reassignmentLifecycle: LifecycleDefinition<ReassignmentState, ReassignmentEvent['type']> = {
  states: {
    'in-progress': { label: { fr: 'En cours', en: 'In progress' }, color: 'blue' },
    ended: { label: { fr: 'Terminée', en: 'Ended' }, color: 'green' },
  },
  events: {
    END: { label: { fr: 'Terminer la réaffectation (retour au conseiller)', en: 'End the reassignment' }, tone: 'primary' },
  },
}
