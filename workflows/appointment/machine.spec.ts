import { describe, expect, it } from 'vitest'

import { itFollowsTransitionTable } from '../../test/helpers/transitionTable'
import { appointmentLifecycle, appointmentMachine } from './machine'

describe('Machine « appointment »', () => {
  /** The whole table: every (state, event) pair not listed here must be refused. */
  itFollowsTransitionTable({
    machine: appointmentMachine,
    definition: appointmentLifecycle,
    allowed: [
      ['planned', 'HOLD', 'held', []],
      ['planned', 'MISS', 'missed', []],
      ['planned', 'CANCEL', 'cancelled', ['notifyCancelled']],
    ],
  })

  it('les statuts se lisent comme dans l’agenda : Planifié, Réalisé, Absent, Annulé', () => {
    expect(Object.values(appointmentLifecycle.states).map((state) => state.label.fr)).toEqual(['Planifié', 'Réalisé', 'Absent', 'Annulé'])
  })

  it('l’annulation demande un motif', () => {
    expect(appointmentLifecycle.events.CANCEL.fields).toEqual([expect.objectContaining({ name: 'reason', required: true })])
  })

  it('un rendez-vous réalisé, manqué ou annulé ne change plus', () => {
    for (const state of ['held', 'missed', 'cancelled']) expect(appointmentMachine.states[state].type).toBe('final')
  })
})
