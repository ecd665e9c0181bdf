import type { Endpoint } from 'payload'

import { forbidden, notFound } from '../../../src/kernel/lib/errors'
import { renderResultPdf } from '../operations/renderResultPdf'
import { readResults } from '../access'
import { INSTANT_T_SLUGS } from '../slugs'

/** GET /api/instant-t/:id/pdf: the result as a PDF, for whoever may read it. */
export const pdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    // No right on results at all: 403, like the collection's own routes; a result out of reach: 404.
    if (!req.user || !(await readResults({ req } as never))) throw forbidden('Vous n’avez pas accès aux Instant-T.')
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
    const doc = result as unknown as Record<string, any>
    const pdf = await renderResultPdf({
      code: doc.code,
      postalCode: doc.postalCode,
      createdAt: doc.createdAt,
      missionLocale: typeof doc.structure === 'object' ? doc.structure?.name : null,
      accountName: doc.accountName,
      scores: doc.scores ?? [],
      answers: doc.answers ?? [],
    })
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="instant-t-${doc.code}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
