import { describe, expect, it } from 'vitest'

import { itFollowsTransitionTable } from '../../test/helpers/transitionTable'
import { referenceTransferLifecycle, referenceTransferMachine } from './machine'

describe('Machine « reference-transfer »', () => {
  /** The whole table: every (state, event) pair not listed here must be refused. */
  itFollowsTransitionTable({
    machine: referenceTransferMachine,
    definition: referenceTransferLifecycle,
    allowed: [
      ['scheduled', 'RUN', 'done', []],
      ['scheduled', 'CANCEL', 'cancelled', []],
    ],
  })

  it('un transfert réalisé ou annulé ne change plus', () => {
    expect(referenceTransferMachine.states.done.type).toBe('final')
    expect(referenceTransferMachine.states.cancelled.type).toBe('final')
  })

  it('les statuts se lisent comme dans « Suivre le transfert de références » : Programmé, Réalisé, Annulé', () => {
    expect(Object.values(referenceTransferLifecycle.states).map((state) => state.label.fr)).toEqual(['Programmé', 'Réalisé', 'Annulé'])
  })
})
