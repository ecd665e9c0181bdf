import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { publicBulkDoc } from '../../../src/kernel/bulk'
import { badRequest, invalidField } from '../../../src/kernel/lib/errors'
import { previewImport, readImport, requireImporter, runImport } from './operations'

const FIELDS = ['structure', 'referent']

/** The multipart form: the file, and in `_payload` (JSON, Payload's convention) the optional establishment and referent. */
const readUpload = async (req: PayloadRequest) => {
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    if (error instanceof SyntaxError) throw badRequest('Champ « _payload » illisible : un objet JSON est attendu, par exemple { "structure": 12 }.')
    throw error
  }
  const fields = req.data ?? {}
  if (typeof fields !== 'object' || Array.isArray(fields)) throw badRequest('Champ « _payload » : un objet JSON est attendu, par exemple { "structure": 12 }.')
  const unknown = Object.keys(fields).find((key) => !FIELDS.includes(key))
  if (unknown) throw invalidField({ req, path: unknown, message: `Champ inconnu : « ${unknown} ». Champs attendus : file, ${FIELDS.join(', ')}.` })
  return { fields: fields as Record<string, unknown>, file: req.file ? { data: req.file.data, name: req.file.name } : null }
}

/**
 * POST `/api/candidate-imports/preview` (multipart: `file`; `_payload` JSON with the optional
 * `structure` and `referent`) →
 * 200 with the preview; GET `/api/candidate-imports/{id}/preview` → the same again;
 * POST `/api/candidate-imports/{id}/run` → 202 with the bulk operation.
 */
export const candidateImportEndpoints: Endpoint[] = [
  {
    path: '/preview',
    method: 'post',
    handler: async (req) => {
      // Who may import is known before the file is read.
      requireImporter(req)
      const { fields, file } = await readUpload(req)
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
