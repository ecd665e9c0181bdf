import type { LifecycleBinding } from '../../../lifecycle'
import type { AnyDoc } from '../../../../src/kernel/lib/loadDoc'
import { sessionLifecycle, sessionMachine } from '../../../../workflows/session/machine'
import { agendaStaff } from '../../access'
import { applyAttendance } from '../../operations/registrations'

/** `END` has no permission: only the platform's clock sends it (see jobs/sessionClockTask). */
export const sessionBinding: LifecycleBinding = {
  machine: sessionMachine,
  definition: sessionLifecycle,
  permissions: { CLOSE: agendaStaff },
  apply: {
    CLOSE: ({ doc, event, req }) => ({ registrations: applyAttendance({ req, session: doc as AnyDoc, attendance: event.attendance }) }),
  },
}
