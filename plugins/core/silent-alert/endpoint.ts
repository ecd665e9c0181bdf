import type { Endpoint } from 'payload'

import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { triggerSilentAlert } from './triggerSilentAlert'

/** `POST /api/silent-alerts/trigger` `{ "structure"?: <id> }` → 201 `{ doc, recipients, message }`. */
export const triggerSilentAlertEndpoint: Endpoint = {
  path: '/trigger',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonObject(req, '{ "structure": 3 }', ['structure'])
    return Response.json(await triggerSilentAlert({ req, body }), { status: 201 })
  },
}
