import type { Endpoint, PayloadRequest } from 'payload'

import { isAccountUser, asPrincipal } from '../../../src/kernel/access'
import { forbidden } from '../../../src/kernel/lib/errors'
import { collectPersonalData } from './collectPersonalData'
import { renderPersonalDataPdf } from './renderPersonalDataPdf'

/** Only a young person exports their own data: staff have the admin, anonymous callers nothing. */
const ownDataOf = async (req: PayloadRequest) => {
  if (!isAccountUser(asPrincipal(req.user))) throw forbidden('Seul un jeune connecté peut télécharger ses propres données.')
  return collectPersonalData({ req })
}

/** GET /api/accounts/my-data: everything the platform holds on the logged-in young person (JSON). */
export const myDataEndpoint: Endpoint = {
  path: '/my-data',
  method: 'get',
  handler: async (req) =>
    Response.json(await ownDataOf(req), { headers: { 'Cache-Control': 'private, no-store' } }),
}

/** GET /api/accounts/my-data.pdf: the same, as a PDF to keep or print. */
export const myDataPdfEndpoint: Endpoint = {
  path: '/my-data.pdf',
  method: 'get',
  handler: async (req) => {
    const pdf = await renderPersonalDataPdf(await ownDataOf(req))
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'attachment; filename="mes-donnees-tremplin.pdf"',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
