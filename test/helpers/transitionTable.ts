import { expect, it } from 'vitest'
import { transition, type AnyStateMachine } from 'xstate'

import type { LifecycleDefinition } from '../../workflows/shared/types'

/** One allowed move: from, event, to, and the effects the machine names on the way. */
export type AllowedTransition = [from: string, event: string, to: string, actions: string[]]

/**
 * Tests a machine's whole transition table (for machines whose guards need no context):
 * every listed move happens with its effects, every other (state, event) pair is refused,
 * and every state and event has a French label.
 */
export const itFollowsTransitionTable = ({
  machine,
  definition,
  allowed,
}: {
  machine: AnyStateMachine
  definition: LifecycleDefinition
  allowed: AllowedTransition[]
}) => {
  const states = Object.keys(definition.states)
  const events = Object.keys(definition.events)
  const snapshotAt = (value: string) => machine.resolveState({ value, context: {} })

  it(`commence à « ${String(machine.config.initial)} »`, () => {
    expect(states).toContain(machine.config.initial)
  })

  it.each(allowed)('%s --%s--> %s', (from, type, to, actions) => {
    const snapshot = snapshotAt(from)
    expect(snapshot.can({ type })).toBe(true)
    const [next, run] = transition(machine, snapshot, { type })
    expect(next.value).toBe(to)
    expect(run.map((action) => action.type)).toEqual(actions)
  })

  const refused = states.flatMap((from) =>
    events.filter((type) => !allowed.some(([f, e]) => f === from && e === type)).map((type) => [from, type] as const),
  )
  it.each(refused)('refuse %s --%s-->', (from, type) => {
    expect(snapshotAt(from).can({ type })).toBe(false)
  })

  it('a un libellé français pour chaque état et chaque événement', () => {
    for (const state of states) expect(machine.states[state]).toBeDefined()
    for (const state of states) expect(definition.states[state].label.fr).toMatch(/\S/)
    for (const event of events) expect(definition.events[event].label.fr).toMatch(/\S/)
  })
}
