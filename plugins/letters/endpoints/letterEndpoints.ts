import type { Endpoint, PayloadRequest } from 'payload'

import { publicBulkDoc } from '../../../src/kernel/bulk'
import { badRequest, forbidden } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { downloadLetterBatch, produceLetter, readableTemplate, startLetterBatch } from '../operations/letters'

const requireStaff = (req: PayloadRequest) => {
  if (req.user?.collection !== 'users') throw forbidden('Connectez-vous avec un compte du personnel pour produire des courriers.')
}

const file = (bytes: Uint8Array, contentType: string, fileName: string) =>
  // pdf-lib and fflate type their output as Uint8Array<ArrayBufferLike>, which `Response` refuses; they fill a plain ArrayBuffer.
  new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' },
  })

/**
 * GET `/api/letter-templates/{id}/pdf?account={id}`: one young person's letter (« Imprimer un
 * courrier » on their page). POST `/api/letter-templates/{id}/batch` `{ accounts: [...],
 * format: "zip" | "pdf" }` → 202 with the bulk operation.
 */
export const letterTemplateEndpoints: Endpoint[] = [
  {
    path: '/:id/pdf',
    method: 'get',
    handler: async (req) => {
      requireStaff(req)
      const account = Number(req.searchParams.get('account'))
      if (!Number.isInteger(account) || account <= 0) throw badRequest('Paramètre « account » attendu : l’identifiant du jeune, par exemple ?account=42.')
      const template = await readableTemplate({ req, id: req.routeParams?.id })
      const { pdf, fileName } = await produceLetter({ req, template, account })
      return file(pdf, 'application/pdf', fileName)
    },
  },
  {
    path: '/:id/batch',
    method: 'post',
    handler: async (req) => {
      requireStaff(req)
      const { accounts, format } = await readJsonObject(req, '{ "accounts": [101, 102], "format": "zip" }', ['accounts', 'format'])
      const operation = await startLetterBatch({ req, templateId: req.routeParams?.id, accounts, format })
      return Response.json(publicBulkDoc(operation), { status: 202 })
    },
  },
]

/** GET `/api/generated-letters/batches/{operation}?format=zip|pdf`: a finished batch as one file. */
export const generatedLetterEndpoints: Endpoint[] = [
  {
    path: '/batches/:operation',
    method: 'get',
    handler: async (req) => {
      requireStaff(req)
      const { bytes, contentType, fileName } = await downloadLetterBatch({ req, operationId: req.routeParams?.operation, format: req.searchParams.get('format') ?? undefined })
      return file(bytes, contentType, fileName)
    },
  },
]
