import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type AppointmentState = 'planned' | 'held' | 'missed' | 'cancelled'

export type AppointmentEvent = { type: 'HOLD' } | { type: 'MISS' } | { type: 'CANCEL'; reason: string }

/**
 * An appointment a counsellor books with one or several young people (seed 001, « Création d'un
 * rendez-vous »): « Planifié » until it has taken place (« Réalisé ») or the young person did not
 * come (« Absent »), or until the counsellor cancels it with a reason (« Annulé »), which tells
 * the young people invited.
 */
export const appointmentMachine = setup({
  types: { events: {} as AppointmentEvent },
  actions: { notifyCancelled: () => {} },
}).createMachine({
  id: 'appointment',
  initial: 'planned',
  states: {
    planned: {
      on: {
        HOLD: 'held',
        MISS: 'missed',
        CANCEL: { target: 'cancelled', actions: 'notifyCancelled' },
      },
    },
    held: { type: 'final' },
    missed: { type: 'final' },
    cancelled: { type: 'final' },
  },
})

export const appointmentLifecycle: LifecycleDefinition<AppointmentState, AppointmentEvent['type']> = {
  states: {
    planned: { label: { fr: 'Planifié', en: 'Planned' }, color: 'blue' },
    held: { label: { fr: 'Réalisé', en: 'Held' }, color: 'green' },
    missed: { label: { fr: 'Absent', en: 'Missed' }, color: 'orange' },
    cancelled: { label: { fr: 'Annulé', en: 'Cancelled' }, color: 'red' },
  },
  events: {
    HOLD: { label: { fr: 'Le rendez-vous a eu lieu', en: 'Mark as held' }, tone: 'primary' },
    MISS: { label: { fr: 'Le bénéficiaire était absent', en: 'Mark as missed' } },
    CANCEL: {
      label: { fr: 'Annuler le rendez-vous', en: 'Cancel' },
      tone: 'danger',
      fields: [{ name: 'reason', type: 'textarea', required: true, maxLength: 500, label: { fr: "Motif de l'annulation", en: 'Reason' } }],
    },
  },
}
