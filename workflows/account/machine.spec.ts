import { describe, expect, it } from 'vitest'
import { transition } from 'xstate'

import { accountLifecycle, accountMachine, type AccountEvent } from './machine'

const states = Object.keys(accountLifecycle.states)
const events: AccountEvent[] = [{ type: 'ENABLE' }, { type: 'TRANSFER', structure: 2, message: 'm' }, { type: 'DISABLE' }, { type: 'DELETE', reason: 'Sortie du CEJ' }, { type: 'ARCHIVE', reason: 'death' }]

/** Every allowed `from --EVENT--> to`; every other pair is refused. */
const ALLOWED: Record<string, string> = {
  'pending ENABLE': 'enabled',
  'pending TRANSFER': 'transferred',
  'transferred ENABLE': 'enabled',
  'transferred TRANSFER': 'transferred',
  'enabled DISABLE': 'disabled',
  'disabled ENABLE': 'enabled',
  'enabled DELETE': 'deleted',
  'disabled DELETE': 'deleted',
  'pending ARCHIVE': 'archived',
  'transferred ARCHIVE': 'archived',
  'enabled ARCHIVE': 'archived',
  'disabled ARCHIVE': 'archived',
}

describe('Machine « compte »', () => {
  it('commence en attente de validation', () => {
    expect(accountMachine.config.initial).toBe('pending')
  })

  for (const from of states) {
    for (const event of events) {
      const expected = ALLOWED[`${from} ${event.type}`]
      it(`${from} --${event.type}--> ${expected ?? 'refusé'}`, () => {
        const snapshot = accountMachine.resolveState({ value: from, context: {} })
        expect(snapshot.can(event)).toBe(Boolean(expected))
        if (expected) expect(transition(accountMachine, snapshot, event)[0].value).toBe(expected)
      })
    }
  }

  it('déclare les effets après activation et transfert', () => {
    const pending = accountMachine.resolveState({ value: 'pending', context: {} })
    expect(transition(accountMachine, pending, { type: 'ENABLE' })[1].map((a) => a.type)).toEqual(['notifyAccountEnabled'])
    expect(transition(accountMachine, pending, events[1])[1].map((a) => a.type)).toEqual(['notifyTransferTarget'])
  })

  it('« Supprimer ce compte » est final et efface l’identité', () => {
    const enabled = accountMachine.resolveState({ value: 'enabled', context: {} })
    const [next, actions] = transition(accountMachine, enabled, { type: 'DELETE', reason: 'Sortie du CEJ' })
    expect(next.status).toBe('done')
    expect(actions.map((a) => a.type)).toEqual(['eraseIdentity'])
    expect(accountLifecycle.states.deleted.label.fr).toBe('Supprimé')
  })

  it("l'archivage est définitif et n'a pas d'effet différé (l'effacement a lieu dans la transaction)", () => {
    const archived = accountMachine.resolveState({ value: 'archived', context: {} })
    expect(archived.status).toBe('done')
    const enabled = accountMachine.resolveState({ value: 'enabled', context: {} })
    expect(transition(accountMachine, enabled, { type: 'ARCHIVE', reason: 'automatic' })[1]).toEqual([])
  })

  it('a un libellé français pour chaque état et chaque événement', () => {
    expect(accountLifecycle.states.pending.label.fr).toBe('En attente de validation')
    expect(accountLifecycle.states.transferred.label.fr).toBe('Transféré')
    expect(accountLifecycle.states.archived.label.fr).toBe('Archivé')
    for (const info of Object.values(accountLifecycle.events)) expect(info.label.fr).toBeTruthy()
  })
})
