import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type BilanPhaseState = 'not-started' | 'in-progress' | 'submitted' | 'completed'

export type BilanPhaseEvent = { type: 'START' } | { type: 'SUBMIT' } | { type: 'COMPLETE' } | { type: 'REOPEN' }

/**
 * One phase of a candidate's bilan (seed 002): the candidate opens it, fills in its form and
 * submits it; the counsellor reads, comments and marks it « Phase terminée », or reopens it so
 * the candidate can complete their answers. Actions are effect names the host runs after commit.
 */
export const bilanPhaseMachine = setup({
  types: { events: {} as BilanPhaseEvent },
  actions: {
    notifyPhaseSubmitted: () => {},
  },
}).createMachine({
  id: 'bilan-phase',
  initial: 'not-started',
  states: {
    'not-started': { on: { START: 'in-progress' } },
    'in-progress': { on: { SUBMIT: { target: 'submitted', actions: 'notifyPhaseSubmitted' } } },
    submitted: { on: { COMPLETE: 'completed', REOPEN: 'in-progress' } },
    completed: { on: { REOPEN: 'in-progress' } },
  },
})

export const bilanPhaseLifecycle: LifecycleDefinition<BilanPhaseState, BilanPhaseEvent['type']> = {
  states: {
    'not-started': { label: { fr: 'Non commencée', en: 'Not started' }, color: 'grey' },
    'in-progress': { label: { fr: 'En cours', en: 'In progress' }, color: 'blue' },
    submitted: { label: { fr: 'Soumise au conseiller', en: 'Submitted' }, color: 'orange' },
    completed: { label: { fr: 'Phase terminée', en: 'Completed' }, color: 'green' },
  },
  events: {
    START: { label: { fr: 'Commencer la phase', en: 'Start' }, tone: 'primary' },
    SUBMIT: { label: { fr: 'Soumettre la phase au conseiller', en: 'Submit' }, tone: 'primary' },
    COMPLETE: { label: { fr: 'Marquer la phase comme terminée', en: 'Complete' }, tone: 'primary' },
    REOPEN: { label: { fr: 'Rouvrir la phase', en: 'Reopen' } },
  },
}
