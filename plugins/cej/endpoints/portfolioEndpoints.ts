import type { Endpoint } from 'payload'

import { readJsonObject } from '../../../src/kernel/lib/readJsonObject'
import { addBeneficiary } from '../portfolio/addBeneficiary'
import { pilotage, recordNotSnp } from '../portfolio/pilotage'
import { missionLocaleBeneficiaries, portfolio, portfolioCsv } from '../portfolio/portfolio'
import { beneficiarySheet } from '../portfolio/sheet'

const listArgs = (req: Parameters<Endpoint['handler']>[0]) => ({
  search: req.searchParams.get('search'),
  sort: req.searchParams.get('sort'),
  page: req.searchParams.get('page'),
})

/**
 * The counsellor's workspace (seed 001): GET /api/cej/portfolio?search=&sort=&page= (« Portefeuille »)
 * and its CSV, POST /api/cej/beneficiaries (« Ajouter un bénéficiaire »), GET /api/cej/beneficiaries
 * (« Bénéficiaires » of the Mission Locale), GET /api/cej/beneficiaries/{id}/sheet?week=, GET /api/cej/pilotage.
 */
export const portfolioEndpoints: Endpoint[] = [
  { path: '/cej/portfolio', method: 'get', handler: async (req) => Response.json(await portfolio({ req, ...listArgs(req) })) },
  {
    path: '/cej/portfolio.csv',
    method: 'get',
    handler: async (req) =>
      new Response(await portfolioCsv({ req, ...listArgs(req) }), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="portefeuille.csv"', 'cache-control': 'no-store' },
      }),
  },
  {
    path: '/cej/beneficiaries',
    method: 'post',
    handler: async (req) => {
      const body = await readJsonObject(req, '{ "dossierNumber": "1234567", "firstName": "Camille", "lastName": "Martin", "email": "camille@exemple.fr" }', [
        'dossierNumber',
        'firstName',
        'lastName',
        'email',
        'situation',
        'birthDate',
      ])
      return Response.json(await addBeneficiary({ req, body }), { status: 201 })
    },
  },
  { path: '/cej/beneficiaries', method: 'get', handler: async (req) => Response.json(await missionLocaleBeneficiaries({ req, ...listArgs(req) })) },
  {
    path: '/cej/beneficiaries/:id/sheet',
    method: 'get',
    handler: async (req) => Response.json(await beneficiarySheet({ req, id: String(req.routeParams?.id ?? ''), week: req.searchParams.get('week') })),
  },
  { path: '/cej/pilotage', method: 'get', handler: async (req) => Response.json(await pilotage({ req })) },
]

/** POST /api/actions/not-snp with `{ actions: [id…] }`: « Enregistrer les actions en non SNP ». */
export const notSnpEndpoint: Endpoint = {
  path: '/not-snp',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonObject(req, '{ "actions": [3, 4] }', ['actions'])
    return Response.json(await recordNotSnp({ req, body }))
  },
}
