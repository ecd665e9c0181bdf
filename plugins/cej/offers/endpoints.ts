import type { Endpoint, PayloadRequest } from 'payload'

import { forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { searchOffers } from './catalogue'
import { shareOffer } from './operations/shareOffer'
import { OFFER_KINDS, type OfferKind } from './slugs'

const loggedIn = (req: PayloadRequest) => {
  if (!req.user) throw forbidden('Connectez-vous pour consulter les offres.')
}

/** `GET /api/cej-offers/search?kind=&q=&department=`: « Ma recherche », for counsellors and young people. */
export const offerSearchEndpoints: Endpoint[] = [
  {
    path: '/search',
    method: 'get',
    handler: async (req) => {
      loggedIn(req)
      const params = new URL(req.url ?? '', 'http://localhost').searchParams
      const kind = params.get('kind') || null
      if (kind && !(kind in OFFER_KINDS)) throw invalidField({ req, path: 'kind', message: `Type d'offre inconnu : ${Object.keys(OFFER_KINDS).join(', ')}.` })
      const department = params.get('department') || null
      if (department && !/^[0-9AB]{2,3}$/i.test(department)) throw invalidField({ req, path: 'department', message: 'Département attendu, par exemple 76 ou 974.' })
      const q = params.get('q')?.slice(0, 120) || null
      return Response.json({ docs: await searchOffers({ req, criteria: { kind: kind as OfferKind | null, q, department } }) })
    },
  },
]

/** `POST /api/offer-shares/share` `{ source, offer, accounts: [...], text? }` → 201 `{ docs, offer, message }`. */
export const shareEndpoints: Endpoint[] = [
  {
    path: '/share',
    method: 'post',
    handler: async (req) => {
      loggedIn(req)
      const body = await readJsonObject(req, '{ "source": "cej-offers", "offer": 12, "accounts": [3, 4] }', ['source', 'offer', 'accounts', 'text'])
      return Response.json(await shareOffer({ req, body }), { status: 201 })
    },
  },
]
