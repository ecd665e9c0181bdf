import type { Endpoint } from 'payload'

import { refuseParameters } from '../../../../src/kernel/lib/readJsonObject'
import { draftPdf, saveDraftAsDocument } from '../operations/draftPdf'

/** GET /api/document-drafts/:id/preview: the PDF as it would be saved, shown in the browser. */
const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const { pdf, filename } = await draftPdf({ req, id: String(req.routeParams?.id) })
    return new Response(new Uint8Array(pdf), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${filename}"`, 'Cache-Control': 'private, no-store' },
    })
  },
}

/** POST /api/document-drafts/:id/save: saves the PDF among the candidate's documents; 201 with the document. */
const saveEndpoint: Endpoint = {
  path: '/:id/save',
  method: 'post',
  handler: async (req) => {
    await refuseParameters(req)
    const document = await saveDraftAsDocument({ req, id: String(req.routeParams?.id) })
    return Response.json({ message: 'Le PDF est enregistré dans les documents du candidat.', document }, { status: 201 })
  },
}

export const draftEndpoints: Endpoint[] = [previewEndpoint, saveEndpoint]
