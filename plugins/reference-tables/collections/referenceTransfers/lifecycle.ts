import type { LifecycleBinding } from '../../../lifecycle'
import { conflict } from '../../../../src/kernel/lib/errors'
import { referenceTransferLifecycle, referenceTransferMachine } from '../../../../workflows/reference-transfer/machine'
import { administerReferenceTables } from '../../access'

/**
 * `RUN` has no permission: only the platform's clock sends it (jobs/referenceTransferClockTask),
 * so any person gets 403. `CANCEL`: the Mission Locale's administrators, until 04:00 comes.
 */
export const referenceTransferBinding: LifecycleBinding = {
  machine: referenceTransferMachine,
  definition: referenceTransferLifecycle,
  permissions: { CANCEL: administerReferenceTables },
  apply: {
    CANCEL: ({ doc }) => {
      if (doc.scheduledFor && new Date(String(doc.scheduledFor)).getTime() <= Date.now()) {
        throw conflict("L'heure de ce transfert est passée : il est en cours et ne peut plus être annulé.")
      }
      return {}
    },
    RUN: () => ({ ranAt: new Date().toISOString() }),
  },
}
