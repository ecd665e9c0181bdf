import { describe, expect, it } from 'vitest'

import { itFollowsTransitionTable } from '../../test/helpers/transitionTable'
import { parrainageLifecycle, parrainageMachine } from './machine'

describe('Machine « parrainage »', () => {
  it('commence à « awaiting-validation »', () => {
    expect(parrainageMachine.config.initial).toBe('awaiting-validation')
  })

  /** The whole table: every (state, event) pair not listed here must be refused. */
  itFollowsTransitionTable({
    machine: parrainageMachine,
    definition: parrainageLifecycle,
    allowed: [
      ['awaiting-validation', 'VALIDATE', 'validated', ['notifyParrainageValidated']],
      ['validated', 'ACCEPT', 'accepted', []],
      ['validated', 'DECLINE', 'declined', []],
    ],
  })

  it('« awaiting-validation » se lit « À valider par le référent »', () => {
    expect(parrainageLifecycle.states['awaiting-validation'].label.fr).toBe('À valider par le référent')
  })
})
