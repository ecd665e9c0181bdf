import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type ParrainageState = 'awaiting-validation' | 'validated' | 'accepted' | 'declined'

export type ParrainageEvent = { type: 'VALIDATE' } | { type: 'ACCEPT' } | { type: 'DECLINE' }

/** The states an employer may see: the request has been sent to the company. */
export const PARRAINAGE_STATES_SENT: ParrainageState[] = ['validated', 'accepted', 'declined']

/**
 * A sponsorship request (seed 004, "Le parrainage"): the candidate asks a company for a sponsor;
 * a referent of the establishment validates it, which sends it to the company; the company
 * accepts or declines.
 */
export const parrainageMachine = setup({
  types: { events: {} as ParrainageEvent },
  actions: {
    notifyParrainageValidated: () => {},
  },
}).createMachine({
  id: 'parrainage',
  initial: 'awaiting-validation',
  states: {
    'awaiting-validation': { on: { VALIDATE: { target: 'validated', actions: 'notifyParrainageValidated' } } },
    validated: { on: { ACCEPT: 'accepted', DECLINE: 'declined' } },
    accepted: { type: 'final' },
    declined: { type: 'final' },
  },
})

export const parrainageLifecycle: LifecycleDefinition<ParrainageState, ParrainageEvent['type']> = {
  states: {
    'awaiting-validation': { label: { fr: 'À valider par le référent', en: 'Awaiting validation' }, color: 'orange' },
    validated: { label: { fr: "Validée (envoyée à l'entreprise)", en: 'Validated' }, color: 'blue' },
    accepted: { label: { fr: 'Acceptée', en: 'Accepted' }, color: 'green' },
    declined: { label: { fr: 'Déclinée', en: 'Declined' }, color: 'red' },
  },
  events: {
    VALIDATE: { label: { fr: 'Valider la demande de parrainage', en: 'Validate' }, tone: 'primary' },
    ACCEPT: { label: { fr: 'Accepter le parrainage', en: 'Accept' }, tone: 'primary' },
    DECLINE: { label: { fr: 'Décliner le parrainage', en: 'Decline' }, tone: 'danger' },
  },
}
