import type { Endpoint } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { readJson } from '../../../src/kernel/lib/readJsonObject'
import { linkResult } from '../operations/linkResult'

/** POST /api/instant-t/:id/link `{ account }`: links the result to an account of the caller's structures. */
export const linkEndpoint: Endpoint = {
  path: '/:id/link',
  method: 'post',
  handler: async (req) => {
    const body = (await readJson(req)) as { account?: unknown } | null
    const account = Number(body?.account)
    if (!body || !Number.isInteger(account) || account <= 0) {
      throw invalidField({ req, collection: 'instant-t', path: 'account', message: 'Choisissez le compte à relier.' })
    }
    const doc = await linkResult({ req, id: String(req.routeParams?.id), account })
    return Response.json({ doc, message: 'Instant-T relié au compte.' })
  },
}

/** DELETE /api/instant-t/:id/link: unlinks the result. */
export const unlinkEndpoint: Endpoint = {
  path: '/:id/link',
  method: 'delete',
  handler: async (req) => {
    const doc = await linkResult({ req, id: String(req.routeParams?.id), account: null })
    return Response.json({ doc, message: 'Instant-T délié du compte.' })
  },
}
