import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { publicBulkDoc } from '../../../src/kernel/bulk'
import { previewImport, readImport, runImport } from './operations'

/**
 * POST `/api/candidate-imports/preview` (multipart: `file`, optional `structure`, `referent`) →
 * 200 with the preview; GET `/api/candidate-imports/{id}/preview` → the same again;
 * POST `/api/candidate-imports/{id}/run` → 202 with the bulk operation.
 */
export const candidateImportEndpoints: Endpoint[] = [
  {
    path: '/preview',
    method: 'post',
    handler: async (req) => {
      await addDataAndFileToRequest(req)
      const fields = (req.data ?? {}) as Record<string, unknown>
      const file = req.file ? { data: req.file.data, name: req.file.name } : null
      return Response.json(await previewImport({ req, file, structure: fields.structure, referent: fields.referent }))
    },
  },
  {
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => Response.json(await readImport({ req, id: req.routeParams?.id })),
  },
  {
    path: '/:id/run',
    method: 'post',
    handler: async (req) => Response.json(publicBulkDoc(await runImport({ req, id: req.routeParams?.id })), { status: 202 }),
  },
]
