import { describe, expect, it } from 'vitest'
import { transition } from 'xstate'

import { bilanPhaseLifecycle, bilanPhaseMachine, type BilanPhaseEvent, type BilanPhaseState } from './machine'

const STATES = Object.keys(bilanPhaseLifecycle.states) as BilanPhaseState[]
const EVENTS = Object.keys(bilanPhaseLifecycle.events) as BilanPhaseEvent['type'][]

/** The whole table: every (state, event) pair not listed here must be refused. */
const ALLOWED: [BilanPhaseState, BilanPhaseEvent['type'], BilanPhaseState, string[]][] = [
  ['not-started', 'START', 'in-progress', []],
  ['in-progress', 'SUBMIT', 'submitted', ['notifyPhaseSubmitted']],
  ['submitted', 'COMPLETE', 'completed', []],
  ['submitted', 'REOPEN', 'in-progress', []],
  ['completed', 'REOPEN', 'in-progress', []],
]

const snapshotAt = (value: BilanPhaseState) => bilanPhaseMachine.resolveState({ value, context: {} })

describe('Machine « bilan-phase »', () => {
  it('commence à « not-started »', () => {
    expect(bilanPhaseMachine.config.initial).toBe('not-started')
  })

  it.each(ALLOWED)('%s --%s--> %s', (from, type, to, actions) => {
    const snapshot = snapshotAt(from)
    expect(snapshot.can({ type })).toBe(true)
    const [next, run] = transition(bilanPhaseMachine, snapshot, { type })
    expect(next.value).toBe(to)
    expect(run.map((action) => action.type)).toEqual(actions)
  })

  const refused = STATES.flatMap((from) =>
    EVENTS.filter((type) => !ALLOWED.some(([f, e]) => f === from && e === type)).map((type) => [from, type] as const),
  )

  it.each(refused)('refuse %s --%s-->', (from, type) => {
    expect(snapshotAt(from).can({ type })).toBe(false)
  })

  it('a un libellé français pour chaque état et chaque événement', () => {
    expect(bilanPhaseLifecycle.states.completed.label.fr).toBe('Phase terminée')
    for (const state of STATES) expect(bilanPhaseMachine.states[state]).toBeDefined()
    for (const event of EVENTS) expect(bilanPhaseLifecycle.events[event].label.fr).toMatch(/\S/)
  })
})
