import type { PayloadRequest } from 'payload'

import { adminDocumentLink } from '../../../src/kernel/email/links'
import { forbidden } from '../../../src/kernel/lib/errors'
import { candidatureLifecycle } from '../../../workflows/candidature/machine'
import { CANDIDATURE_KINDS } from '../collections/options'
import type { AnyDoc } from '../../../src/kernel/lib/loadDoc'

const kindLabel = (kind: unknown) => CANDIDATURE_KINDS.find((option) => option.value === kind)?.label.fr ?? null

/**
 * The manual's banner of a candidature (type and offer, date sent, status in French, link), for
 * the latest changes the caller may read: a referent's cohort, a candidate's own, a company's
 * received ones. The caller's read access decides, as for the list.
 */
export const listCandidatureBanners = async ({ req, limit = 20 }: { req: PayloadRequest; limit?: number }) => {
  if (!req.user) throw forbidden()
  const { docs } = await req.payload.find({
    collection: 'candidatures',
    sort: '-updatedAt',
    limit: Math.min(Math.max(1, limit), 100),
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    docs: docs.map((doc) => ({
      id: doc.id,
      kind: doc.kind,
      kindLabel: kindLabel(doc.kind),
      title: doc.title,
      candidateName: doc.candidateName,
      sentAt: doc.sentAt ?? null,
      status: doc.status,
      statusLabel: candidatureLifecycle.states[doc.status as keyof typeof candidatureLifecycle.states]?.label.fr ?? doc.status,
      updatedAt: doc.updatedAt,
      link: adminDocumentLink('candidatures', doc.id),
    })),
  }
}
