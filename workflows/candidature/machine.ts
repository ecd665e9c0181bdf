import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type CandidatureState = 'draft' | 'awaiting-validation' | 'sent' | 'handled' | 'accepted' | 'rejected' | 'withdrawn'

export type CandidatureEvent =
  | { type: 'SUBMIT'; helpRequested?: boolean }
  | { type: 'VALIDATE' }
  | { type: 'HANDLE' }
  | { type: 'ACCEPT' }
  | { type: 'REJECT' }
  | { type: 'WITHDRAW' }

export type CandidatureContext = {
  /** "Candidat autonome" on the candidate's account: their candidatures need no validation. */
  isCandidateAutonomous: boolean
}

/** The states an employer may see: the candidature has left the establishment. */
export const CANDIDATURE_STATES_SENT: CandidatureState[] = ['sent', 'handled', 'accepted', 'rejected']

/** The states in which the message and documents may still be edited. */
export const CANDIDATURE_STATES_EDITABLE: CandidatureState[] = ['draft', 'awaiting-validation']

/**
 * A candidature (Atouts pour tous, seed 004): an autonomous candidate who asks no help sends it
 * straight to the recruiter; otherwise a referent of the establishment validates it first.
 * The recruiter takes it in hand, then retains it or not. The candidate may withdraw it until
 * the recruiter has taken it in hand.
 */
export const candidatureMachine = setup({
  types: { context: {} as CandidatureContext, events: {} as CandidatureEvent },
  guards: {
    goesStraightToRecruiter: ({ context, event }) =>
      context.isCandidateAutonomous && event.type === 'SUBMIT' && event.helpRequested !== true,
  },
  actions: {
    notifyAwaitingValidation: () => {},
    notifySent: () => {},
    notifyHandled: () => {},
    notifyDecided: () => {},
  },
}).createMachine({
  id: 'candidature',
  initial: 'draft',
  context: { isCandidateAutonomous: false },
  states: {
    draft: {
      on: {
        SUBMIT: [
          { guard: 'goesStraightToRecruiter', target: 'sent', actions: 'notifySent' },
          { target: 'awaiting-validation', actions: 'notifyAwaitingValidation' },
        ],
        WITHDRAW: 'withdrawn',
      },
    },
    'awaiting-validation': {
      on: {
        VALIDATE: { target: 'sent', actions: 'notifySent' },
        WITHDRAW: 'withdrawn',
      },
    },
    sent: {
      on: {
        HANDLE: { target: 'handled', actions: 'notifyHandled' },
        WITHDRAW: 'withdrawn',
      },
    },
    handled: {
      on: {
        ACCEPT: { target: 'accepted', actions: 'notifyDecided' },
        REJECT: { target: 'rejected', actions: 'notifyDecided' },
      },
    },
    accepted: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
})

export const candidatureLifecycle: LifecycleDefinition<CandidatureState, CandidatureEvent['type']> = {
  states: {
    draft: { label: { fr: 'Brouillon', en: 'Draft' }, color: 'grey' },
    'awaiting-validation': { label: { fr: 'En attente de validation par le référent', en: 'Awaiting validation' }, color: 'orange' },
    sent: { label: { fr: 'Envoyée au recruteur', en: 'Sent to the recruiter' }, color: 'blue' },
    handled: { label: { fr: 'Prise en charge par le recruteur', en: 'Handled by the recruiter' }, color: 'purple' },
    accepted: { label: { fr: 'Retenue', en: 'Accepted' }, color: 'green' },
    rejected: { label: { fr: 'Non retenue', en: 'Rejected' }, color: 'red' },
    withdrawn: { label: { fr: 'Retirée par le candidat', en: 'Withdrawn' }, color: 'grey' },
  },
  events: {
    SUBMIT: {
      label: { fr: 'Envoyer la candidature', en: 'Submit' },
      tone: 'primary',
      probe: { helpRequested: false },
      fields: [{ name: 'helpRequested', type: 'boolean', label: { fr: "Solliciter l'aide de mon référent", en: 'Ask my referent for help' } }],
    },
    VALIDATE: { label: { fr: "Valider la candidature (envoyer à l'employeur)", en: 'Validate and send' }, tone: 'primary' },
    HANDLE: { label: { fr: 'Prendre en charge la candidature', en: 'Handle' }, tone: 'primary' },
    ACCEPT: { label: { fr: 'Retenir la candidature', en: 'Accept' }, tone: 'primary' },
    REJECT: { label: { fr: 'Ne pas retenir la candidature', en: 'Reject' }, tone: 'danger' },
    WITHDRAW: { label: { fr: 'Retirer la candidature', en: 'Withdraw' }, tone: 'danger' },
  },
}
