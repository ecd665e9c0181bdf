import { describe, expect, it } from 'vitest'

import { itFollowsTransitionTable } from '../../test/helpers/transitionTable'
import { bilanPhaseLifecycle, bilanPhaseMachine } from './machine'

describe('Machine « bilan-phase »', () => {
  it('commence à « not-started »', () => {
    expect(bilanPhaseMachine.config.initial).toBe('not-started')
  })

  /** The whole table: every (state, event) pair not listed here must be refused. */
  itFollowsTransitionTable({
    machine: bilanPhaseMachine,
    definition: bilanPhaseLifecycle,
    allowed: [
      ['not-started', 'START', 'in-progress', []],
      ['in-progress', 'SUBMIT', 'submitted', ['notifyPhaseSubmitted']],
      ['submitted', 'COMPLETE', 'completed', []],
      ['submitted', 'REOPEN', 'in-progress', []],
      ['completed', 'REOPEN', 'in-progress', []],
    ],
  })

  it('« Phase terminée » est le libellé de l’état final', () => {
    expect(bilanPhaseLifecycle.states.completed.label.fr).toBe('Phase terminée')
  })
})
