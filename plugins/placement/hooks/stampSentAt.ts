import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { LIFECYCLE_CONTEXT } from '../../lifecycle/types'
import { loadDoc } from '../operations/loadDoc'
import { relationId } from '../operations/relationId'

// The engine claims the status before it writes the rest, so "arriving" cannot be read from the
// previous status: the date not yet set and the lifecycle's own write tell it instead.

/** The banner's date is the day the candidature reached the recruiter. */
export const stampSentAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.status === 'sent' && !originalDoc?.sentAt) data.sentAt = new Date().toISOString()
  return data
}

/**
 * When a candidature reaches the company, its CV and letter become readable by that company's
 * users (the documents' read access matches `sharedWithEmployers`), in the same transaction.
 */
export const shareDocumentsWhenSent: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (doc.status !== 'sent' || !context?.[LIFECYCLE_CONTEXT]) return doc
  const employer = relationId(doc.employer)
  for (const id of [relationId(doc.cv), relationId(doc.coverLetter)]) {
    if (!id || !employer) continue
    const document = await loadDoc({ req, collection: 'documents', id })
    if (!document) continue
    const shared = ((document.sharedWithEmployers as unknown[] | null) ?? []).map(relationId).filter((v): v is number => v !== null)
    if (shared.includes(employer)) continue
    await req.payload.update({
      collection: 'documents' as 'users',
      id,
      data: { sharedWithEmployers: [...shared, employer] } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
