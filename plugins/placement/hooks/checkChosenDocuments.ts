import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { loadDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'

const CHOICES = [
  { path: 'cv', type: 'cv', message: 'Choisissez un CV parmi les documents du candidat.' },
  { path: 'coverLetter', type: 'cover-letter', message: 'Choisissez une lettre de motivation parmi les documents du candidat.' },
] as const

/** The CV and the cover letter are chosen among the candidate's own documents, of the right type. */
export const checkChosenDocuments: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const candidate = relationId(data.candidate ?? originalDoc?.candidate)
  for (const { path, type, message } of CHOICES) {
    const id = relationId(data[path])
    if (!id) continue
    const document = await loadDoc({ req, collection: 'documents', id })
    if (!document || relationId(document.account) !== candidate || document.type !== type) {
      throw invalidField({ req, collection: collection.slug, path, message })
    }
  }
  return data
}
