import type { PayloadRequest } from 'payload'

import type { LifecycleDocument } from '../../lifecycle/types'
import { invalidField } from '../../../src/kernel/lib/errors'

/** Before a candidature leaves the draft: a message for the employer and a CV. */
export const requireContentOnSubmit = ({ doc, req }: { doc: LifecycleDocument; req: PayloadRequest }) => {
  if (!String(doc.message ?? '').trim()) {
    throw invalidField({ req, collection: 'candidatures', path: 'message', message: "Le message pour l'employeur est obligatoire." })
  }
  if (!doc.cv) throw invalidField({ req, collection: 'candidatures', path: 'cv', message: 'Choisissez un CV avant d’envoyer la candidature.' })
  return {}
}
