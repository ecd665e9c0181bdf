import type { LifecycleBinding } from '../../lifecycle'
import { invalidField } from '../../../src/kernel/lib/errors'
import type { AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { appointmentLifecycle, appointmentMachine } from '../../../workflows/appointment/machine'
import { cejStaffInStructures } from '../access'
import { notifyAppointmentNow, notifyCreatorNow } from './notifications'

/**
 * The counsellor and the CEJ staff of the Mission Locale mark an appointment held or missed, or
 * cancel it with a reason; the cancellation tells the young people invited (after commit, once).
 */
export const appointmentBinding: LifecycleBinding = {
  machine: appointmentMachine,
  definition: appointmentLifecycle,
  permissions: { HOLD: cejStaffInStructures, MISS: cejStaffInStructures, CANCEL: cejStaffInStructures },
  apply: {
    CANCEL: ({ event, req }) => {
      const reason = String(event.reason ?? '').trim()
      if (!reason) throw invalidField({ req, path: 'reason', message: "Le motif de l'annulation est obligatoire." })
      return { cancellationReason: reason }
    },
  },
  effects: {
    notifyCancelled: async ({ req, doc }) => {
      await notifyAppointmentNow({ req, appointment: doc as AnyDoc, notice: 'cancelled' })
      await notifyCreatorNow({ req, appointment: doc as AnyDoc })
    },
  },
}
