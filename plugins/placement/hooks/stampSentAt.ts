import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { transitionInContext } from '../../lifecycle/types'
import { loadDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'

// The engine claims the status before it writes the event's changes, so "arriving" cannot be read
// from the stored status: the lifecycle's own write carries the move in its context instead.

/** The banner's date is the day the candidature reached the recruiter. */
export const stampSentAt: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  if (transitionInContext(context)?.to === 'sent' && !originalDoc?.sentAt) data.sentAt = new Date().toISOString()
  return data
}

/**
 * When a candidature reaches the company, its CV and letter become readable by that company's
 * users (the documents' read access matches `sharedWithEmployers`), in the same transaction.
 */
export const shareDocumentsWhenSent: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (transitionInContext(context)?.to !== 'sent') return doc
  const employer = relationId(doc.employer)
  for (const id of [relationId(doc.cv), relationId(doc.coverLetter)]) {
    if (!id || !employer) continue
    const document = await loadDoc({ req, collection: 'documents', id })
    if (!document) continue
    const shared = ((document.sharedWithEmployers as unknown[] | null) ?? []).map(relationId).filter((v): v is number => v !== null)
    if (shared.includes(employer)) continue
    await req.payload.update({
      collection: 'documents',
      id,
      data: { sharedWithEmployers: [...shared, employer] },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
