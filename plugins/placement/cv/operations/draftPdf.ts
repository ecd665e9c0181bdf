import type { PayloadRequest } from 'payload'

import { requireAccess } from '../../../../src/kernel/access'
import { withTransaction } from '../../../../src/kernel/db/withTransaction'
import { forbidden, notFound } from '../../../../src/kernel/lib/errors'
import { loadDoc, type AnyDoc } from '../../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { candidateOrEstablishmentStaff } from '../../access'
import { PLACEMENT_SLUGS } from '../../slugs'
import { renderDraftPdf } from './renderDraftPdf'

const NOT_FOUND = 'CV ou lettre introuvable.'

/** The draft as the caller may read it (404 otherwise) and its PDF. */
export const draftPdf = async ({ req, id }: { req: PayloadRequest; id: string | number }): Promise<{ draft: AnyDoc; pdf: Buffer; filename: string }> => {
  if (!req.user) throw forbidden('Connectez-vous pour voir ce document.')
  const draft = await loadDoc({ req, collection: PLACEMENT_SLUGS.documentDrafts, id, asCaller: true })
  if (!draft) throw notFound(NOT_FOUND)
  const candidate = (await loadDoc({ req, collection: 'accounts', id: relationId(draft.account) ?? 0 })) ?? {}
  const pdf = await renderDraftPdf({ kind: draft.kind, title: draft.title, candidate, cv: draft.cv, letter: draft.letter, date: new Date() })
  const slug = String(draft.title).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()
  const filename = `${slug || `document-${draft.id}`}.pdf`
  return { draft, pdf, filename }
}

/**
 * « Enregistrer en PDF »: the draft's PDF becomes (or replaces) one of the candidate's documents,
 * of the draft's kind, so a candidature can choose it. Only who may edit the draft may save it;
 * the document is written with the caller's own rights, in one transaction with the draft's link.
 */
export const saveDraftAsDocument = async ({ req, id }: { req: PayloadRequest; id: string | number }) =>
  withTransaction(req, async () => {
    const { draft, pdf, filename } = await draftPdf({ req, id })
    await requireAccess({
      access: candidateOrEstablishmentStaff,
      req,
      on: { collection: PLACEMENT_SLUGS.documentDrafts, doc: draft },
      message: 'Vous ne pouvez pas enregistrer ce document.',
    })
    const file = { data: pdf, mimetype: 'application/pdf', name: filename, size: pdf.length }
    const existingId = relationId(draft.document)
    const existing = existingId ? await loadDoc({ req, collection: PLACEMENT_SLUGS.documents, id: existingId }) : null
    const common = { req, user: req.user, overrideAccess: false, file, depth: 0 } as const
    const document = (
      existing
        ? await req.payload.update({ collection: PLACEMENT_SLUGS.documents, id: existing.id, data: { title: draft.title }, ...common })
        : await req.payload.create({ collection: PLACEMENT_SLUGS.documents, data: { title: draft.title, type: draft.kind, account: relationId(draft.account) }, ...common })
    )
    await req.payload.update({
      collection: PLACEMENT_SLUGS.documentDrafts,
      id: draft.id,
      data: { document: document.id, savedAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return { id: document.id as number, title: document.title as string, type: document.type as string, url: document.url as string, filename: document.filename as string }
  })
