import { describe, expect, it } from 'vitest'
import { transition } from 'xstate'

import { reassignmentLifecycle, reassignmentMachine, type ReassignmentContext } from './machine'

type Row = [type: ReassignmentContext['type'], from: string, event: string, to: string | null, actions: string[]]

/** The whole table: every (type, state, event), allowed or refused. */
const TABLE: Row[] = [
  ['temporary', 'in-progress', 'END', 'ended', ['notifyCounsellors']],
  ['definitive', 'in-progress', 'END', null, []],
  ['temporary', 'ended', 'END', null, []],
  ['definitive', 'ended', 'END', null, []],
]

describe('Machine « reassignment »', () => {
  it('commence à « in-progress »', () => {
    expect(reassignmentMachine.config.initial).toBe('in-progress')
  })

  it('le tableau couvre chaque état et chaque événement pour les deux types', () => {
    const states = Object.keys(reassignmentLifecycle.states)
    const events = Object.keys(reassignmentLifecycle.events)
    expect(TABLE.length).toBe(states.length * events.length * 2)
  })

  it.each(TABLE)('%s : %s --%s--> %s', (type, from, event, to, actions) => {
    const snapshot = reassignmentMachine.resolveState({ value: from, context: { type } })
    expect(snapshot.can({ type: event as 'END' })).toBe(to !== null)
    if (to === null) return
    const [next, run] = transition(reassignmentMachine, snapshot, { type: event as 'END' })
    expect(next.value).toBe(to)
    expect(run.map((action) => action.type)).toEqual(actions)
  })

  it('les statuts se lisent comme dans le module : En cours, Terminée', () => {
    expect(Object.values(reassignmentLifecycle.states).map((state) => state.label.fr)).toEqual(['En cours', 'Terminée'])
    expect(reassignmentLifecycle.events.END.label.fr).toMatch(/\S/)
  })
})
