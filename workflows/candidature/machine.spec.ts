import { describe, expect, it } from 'vitest'
import { transition } from 'xstate'

import { candidatureLifecycle, candidatureMachine, type CandidatureEvent, type CandidatureState } from './machine'

const STATES = Object.keys(candidatureLifecycle.states) as CandidatureState[]
const EVENTS = Object.keys(candidatureLifecycle.events) as CandidatureEvent['type'][]

type Row = [CandidatureState, CandidatureEvent, CandidatureState, string[], { autonomous: boolean }]

/** The whole table: every (state, event) pair not listed here must be refused, whatever the context. */
const ALLOWED: Row[] = [
  ['draft', { type: 'SUBMIT', helpRequested: false }, 'sent', ['notifySent'], { autonomous: true }],
  ['draft', { type: 'SUBMIT' }, 'sent', ['notifySent'], { autonomous: true }],
  ['draft', { type: 'SUBMIT', helpRequested: true }, 'awaiting-validation', ['notifyAwaitingValidation'], { autonomous: true }],
  ['draft', { type: 'SUBMIT', helpRequested: false }, 'awaiting-validation', ['notifyAwaitingValidation'], { autonomous: false }],
  ['draft', { type: 'SUBMIT', helpRequested: true }, 'awaiting-validation', ['notifyAwaitingValidation'], { autonomous: false }],
  ['draft', { type: 'WITHDRAW' }, 'withdrawn', [], { autonomous: false }],
  ['awaiting-validation', { type: 'VALIDATE' }, 'sent', ['notifySent'], { autonomous: false }],
  ['awaiting-validation', { type: 'WITHDRAW' }, 'withdrawn', [], { autonomous: false }],
  ['sent', { type: 'HANDLE' }, 'handled', ['notifyHandled'], { autonomous: false }],
  ['sent', { type: 'WITHDRAW' }, 'withdrawn', [], { autonomous: false }],
  ['handled', { type: 'ACCEPT' }, 'accepted', ['notifyDecided'], { autonomous: false }],
  ['handled', { type: 'REJECT' }, 'rejected', ['notifyDecided'], { autonomous: false }],
]

const snapshotAt = (value: CandidatureState, autonomous = false) =>
  candidatureMachine.resolveState({ value, context: { isCandidateAutonomous: autonomous } })

describe('Machine « candidature »', () => {
  it('commence à « draft »', () => {
    expect(candidatureMachine.config.initial).toBe('draft')
  })

  it.each(ALLOWED.map((row) => [row[0], row[1].type, JSON.stringify(row[1]), row[4].autonomous, row[2], row[3]] as const))(
    '%s --%s %s (autonome : %s)--> %s',
    (from, _type, eventJson, autonomous, to, actions) => {
      const event = JSON.parse(eventJson) as CandidatureEvent
      const snapshot = snapshotAt(from, autonomous)
      expect(snapshot.can(event)).toBe(true)
      const [next, run] = transition(candidatureMachine, snapshot, event)
      expect(next.value).toBe(to)
      expect(run.map((action) => action.type)).toEqual(actions)
    },
  )

  const refused = STATES.flatMap((from) =>
    EVENTS.filter((type) => !ALLOWED.some(([f, e]) => f === from && e.type === type)).flatMap((type) =>
      [true, false].map((autonomous) => [from, type, autonomous] as const),
    ),
  )

  it.each(refused)('refuse %s --%s--> (autonome : %s)', (from, type, autonomous) => {
    expect(snapshotAt(from, autonomous).can({ type, helpRequested: false } as CandidatureEvent)).toBe(false)
  })

  it('refuse ACCEPT depuis « sent » : le recruteur prend d’abord la candidature en charge', () => {
    expect(snapshotAt('sent').can({ type: 'ACCEPT' })).toBe(false)
  })

  it('a les libellés français du manuel', () => {
    expect(candidatureLifecycle.states['awaiting-validation'].label.fr).toBe('En attente de validation par le référent')
    expect(candidatureLifecycle.states.sent.label.fr).toBe('Envoyée au recruteur')
    expect(candidatureLifecycle.states.handled.label.fr).toBe('Prise en charge par le recruteur')
    expect(candidatureLifecycle.states.accepted.label.fr).toBe('Retenue')
    expect(candidatureLifecycle.states.rejected.label.fr).toBe('Non retenue')
    for (const state of STATES) expect(candidatureMachine.states[state]).toBeDefined()
    for (const event of EVENTS) expect(candidatureLifecycle.events[event].label.fr).toMatch(/\S/)
  })
})
