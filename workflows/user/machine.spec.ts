import { describe, expect, it } from 'vitest'
import { transition } from 'xstate'

import { userLifecycle, userMachine, type UserContext } from './machine'

const free: UserContext = { followedAccounts: 0, referredItems: 0, holdsDirection: false }
const ALLOWED: Record<string, string> = {
  'active DEACTIVATE': 'deactivated',
  'active UNSUBSCRIBE': 'unsubscribed',
  'deactivated REACTIVATE': 'active',
  'deactivated UNSUBSCRIBE': 'unsubscribed',
}

describe('Machine « utilisateur »', () => {
  for (const from of Object.keys(userLifecycle.states)) {
    for (const type of ['DEACTIVATE', 'REACTIVATE', 'UNSUBSCRIBE'] as const) {
      const expected = ALLOWED[`${from} ${type}`]
      it(`${from} --${type}--> ${expected ?? 'refusé'}`, () => {
        const snapshot = userMachine.resolveState({ value: from, context: free })
        expect(snapshot.can({ type })).toBe(Boolean(expected))
        if (expected) expect(transition(userMachine, snapshot, { type })[0].value).toBe(expected)
      })
    }
  }

  it('refuse la désinscription tant que des comptes sont suivis, que des offres ou partenaires sont référés ou que la fonction Direction est détenue', () => {
    expect(userMachine.resolveState({ value: 'active', context: { ...free, followedAccounts: 2 } }).can({ type: 'UNSUBSCRIBE' })).toBe(false)
    expect(userMachine.resolveState({ value: 'active', context: { ...free, holdsDirection: true } }).can({ type: 'UNSUBSCRIBE' })).toBe(false)
    expect(userMachine.resolveState({ value: 'deactivated', context: { ...free, referredItems: 1 } }).can({ type: 'UNSUBSCRIBE' })).toBe(false)
  })

  it('« désinscrit » est final', () => {
    const snapshot = userMachine.resolveState({ value: 'unsubscribed', context: free })
    expect(snapshot.status).toBe('done')
  })

  it('termine les sessions à la désactivation et anonymise à la désinscription', () => {
    const active = userMachine.resolveState({ value: 'active', context: free })
    expect(transition(userMachine, active, { type: 'DEACTIVATE' })[1].map((a) => a.type)).toEqual(['endSessions'])
    expect(transition(userMachine, active, { type: 'UNSUBSCRIBE' })[1].map((a) => a.type)).toEqual(['endSessions', 'anonymise'])
  })
})
