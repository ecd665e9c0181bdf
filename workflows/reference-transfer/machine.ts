import { setup } from 'xstate'

import type { LifecycleDefinition } from '../shared/types'

export type ReferenceTransferState = 'scheduled' | 'done' | 'cancelled'

/** `RUN` is sent by the platform's clock at the scheduled 04:00 (Europe/Paris), never by a person. */
export type ReferenceTransferEvent = { type: 'RUN' } | { type: 'CANCEL' }

/**
 * A transfer of reference-table items (seed 003, « Transfert d'éléments de tables de
 * référence »): « Programmé » until the next 04:00, when the clock replaces the source by the
 * destination in every record (« Réalisé »); an administrator may cancel it before (« Annulé »).
 */
export const referenceTransferMachine = setup({
  types: { events: {} as ReferenceTransferEvent },
}).createMachine({
  id: 'reference-transfer',
  initial: 'scheduled',
  states: {
    scheduled: { on: { RUN: 'done', CANCEL: 'cancelled' } },
    done: { type: 'final' },
    cancelled: { type: 'final' },
  },
})

export const referenceTransferLifecycle: LifecycleDefinition<ReferenceTransferState, ReferenceTransferEvent['type']> = {
  states: {
    scheduled: { label: { fr: 'Programmé', en: 'Scheduled' }, color: 'blue' },
    done: { label: { fr: 'Réalisé', en: 'Done' }, color: 'green' },
    cancelled: { label: { fr: 'Annulé', en: 'Cancelled' }, color: 'grey' },
  },
  events: {
    RUN: { label: { fr: 'Réaliser le transfert', en: 'Run the transfer' } },
    CANCEL: { label: { fr: 'Annuler le transfert', en: 'Cancel the transfer' }, tone: 'danger' },
  },
}
