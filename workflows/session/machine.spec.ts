import { describe, expect, it } from 'vitest'

import { itFollowsTransitionTable } from '../../test/helpers/transitionTable'
import { sessionLifecycle, sessionMachine } from './machine'

describe('Machine « session »', () => {
  it('commence à « upcoming »', () => {
    expect(sessionMachine.config.initial).toBe('upcoming')
  })

  /** The whole table: every (state, event) pair not listed here must be refused. */
  itFollowsTransitionTable({
    machine: sessionMachine,
    definition: sessionLifecycle,
    allowed: [
      ['upcoming', 'END', 'to-close', []],
      ['to-close', 'CLOSE', 'closed', []],
    ],
  })

  it('les statuts se lisent comme dans l’agenda : À venir, À clore, Close', () => {
    expect(Object.values(sessionLifecycle.states).map((state) => state.label.fr)).toEqual(['À venir', 'À clore', 'Close'])
  })
})
