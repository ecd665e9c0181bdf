import type { Endpoint } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { readSharingConsent, recordSharingConsent } from './operations'

const PATH = '/sharing-consent'
const noStore = { 'Cache-Control': 'private, no-store' }

/** GET /api/accounts/sharing-consent: the young person's current answer and its history. */
export const readSharingConsentEndpoint: Endpoint = {
  path: PATH,
  method: 'get',
  handler: async (req) => Response.json(await readSharingConsent({ req }), { headers: noStore }),
}

/** POST /api/accounts/sharing-consent `{ "given": true | false }`: gives or revokes it. */
export const recordSharingConsentEndpoint: Endpoint = {
  path: PATH,
  method: 'post',
  handler: async (req) => {
    const body = await readJsonObject(req, '{ "given": true }', ['given'])
    if (typeof body.given !== 'boolean') throw invalidField({ req, path: 'given', message: 'Indiquez true (je donne mon consentement) ou false (je le retire).' })
    return Response.json(await recordSharingConsent({ req, given: body.given }), { headers: noStore })
  },
}
