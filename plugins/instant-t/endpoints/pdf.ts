import type { Endpoint } from 'payload'

import { forbidden, notFound } from '../../../src/kernel/lib/errors'
import { renderResultPdf } from '../operations/renderResultPdf'
import type { AnsweredQuestion, CategoryScore } from '../types'
import { readResults } from '../access'
import { INSTANT_T_SLUGS } from '../slugs'

/** GET /api/instant-t/:id/pdf: the result as a PDF, for whoever may read it. */
export const pdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    // No right on results at all: 403, like the collection's own routes; a result out of reach: 404.
    if (!req.user || !(await readResults({ req }))) throw forbidden('Vous n’avez pas accès aux Instant-T.')
    const result = await req.payload.findByID({
      collection: INSTANT_T_SLUGS.results,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!result) throw notFound('Instant-T introuvable.')
    const pdf = await renderResultPdf({
      code: result.code,
      postalCode: result.postalCode,
      createdAt: result.createdAt,
      missionLocale: typeof result.structure === 'object' ? result.structure?.name : null,
      accountName: result.accountName,
      // JSON fields: the schema types them as any JSON; submitResult writes these shapes.
      scores: (result.scores ?? []) as CategoryScore[],
      answers: (result.answers ?? []) as AnsweredQuestion[],
    })
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="instant-t-${result.code}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
