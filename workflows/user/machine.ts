import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type UserState = 'active' | 'deactivated' | 'unsubscribed'

export type UserEvent = { type: 'DEACTIVATE' } | { type: 'REACTIVATE' } | { type: 'UNSUBSCRIBE' }

export type UserContext = {
  /** Accounts this user still follows: unsubscribing is refused until they are transferred. */
  followedAccounts: number
  /** Other records naming this user as their referent (offers, partner or employer structures…). */
  referredItems: number
  /** The `direction` function must be removed before unsubscribing. */
  holdsDirection: boolean
}

/**
 * A staff user (seed 003): deactivation blocks access and can be undone; unsubscribing is final
 * and anonymises the person ("Donnée anonymisée").
 */
export const userMachine = setup({
  types: { context: {} as UserContext, events: {} as UserEvent },
  guards: {
    canUnsubscribe: ({ context }) => context.followedAccounts === 0 && (context.referredItems ?? 0) === 0 && !context.holdsDirection,
  },
  actions: {
    endSessions: () => {},
    anonymise: () => {},
  },
}).createMachine({
  id: 'user',
  initial: 'active',
  context: { followedAccounts: 0, referredItems: 0, holdsDirection: false },
  states: {
    active: {
      on: {
        DEACTIVATE: { target: 'deactivated', actions: 'endSessions' },
        UNSUBSCRIBE: { target: 'unsubscribed', guard: 'canUnsubscribe', actions: ['endSessions', 'anonymise'] },
      },
    },
    deactivated: {
      on: {
        REACTIVATE: 'active',
        UNSUBSCRIBE: { target: 'unsubscribed', guard: 'canUnsubscribe', actions: 'anonymise' },
      },
    },
    unsubscribed: { type: 'final' },
  },
})

export const userLifecycle: LifecycleDefinition<UserState, UserEvent['type']> = {
  states: {
    active: { label: { fr: 'Actif', en: 'Active' }, color: 'green' },
    deactivated: { label: { fr: 'Désactivé', en: 'Deactivated' }, color: 'grey' },
    unsubscribed: { label: { fr: 'Désinscrit', en: 'Unsubscribed' }, color: 'red' },
  },
  events: {
    DEACTIVATE: { label: { fr: 'Désactiver', en: 'Deactivate' }, tone: 'danger' },
    REACTIVATE: { label: { fr: 'Réactiver', en: 'Reactivate' }, tone: 'primary' },
    UNSUBSCRIBE: { label: { fr: 'Désinscrire (anonymiser)', en: 'Unsubscribe' }, tone: 'danger' },
  },
}
