import { describe, expect, it } from 'vitest'
import { transition } from 'xstate'

import { parrainageLifecycle, parrainageMachine, type ParrainageEvent, type ParrainageState } from './machine'

const STATES = Object.keys(parrainageLifecycle.states) as ParrainageState[]
const EVENTS = Object.keys(parrainageLifecycle.events) as ParrainageEvent['type'][]

/** The whole table: every (state, event) pair not listed here must be refused. */
const ALLOWED: [ParrainageState, ParrainageEvent['type'], ParrainageState, string[]][] = [
  ['awaiting-validation', 'VALIDATE', 'validated', ['notifyParrainageValidated']],
  ['validated', 'ACCEPT', 'accepted', []],
  ['validated', 'DECLINE', 'declined', []],
]

const snapshotAt = (value: ParrainageState) => parrainageMachine.resolveState({ value, context: {} })

describe('Machine « parrainage »', () => {
  it('commence à « awaiting-validation »', () => {
    expect(parrainageMachine.config.initial).toBe('awaiting-validation')
  })

  it.each(ALLOWED)('%s --%s--> %s', (from, type, to, actions) => {
    const snapshot = snapshotAt(from)
    expect(snapshot.can({ type })).toBe(true)
    const [next, run] = transition(parrainageMachine, snapshot, { type })
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
    expect(parrainageLifecycle.states['awaiting-validation'].label.fr).toBe('À valider par le référent')
    for (const state of STATES) expect(parrainageMachine.states[state]).toBeDefined()
    for (const event of EVENTS) expect(parrainageLifecycle.events[event].label.fr).toMatch(/\S/)
  })
})
