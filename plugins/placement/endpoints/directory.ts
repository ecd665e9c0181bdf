import type { Endpoint } from 'payload'

import { listEmployers, listEstablishmentReferents } from '../operations/directory'

/** GET /api/directory/referents?establishment=&q= and GET /api/directory/employers?q= ("Annuaire"). */
export const directoryEndpoints: Endpoint[] = [
  {
    path: '/directory/referents',
    method: 'get',
    handler: async (req) =>
      Response.json(await listEstablishmentReferents({ req, establishment: req.searchParams.get('establishment') ?? undefined, q: req.searchParams.get('q') ?? undefined })),
  },
  {
    path: '/directory/employers',
    method: 'get',
    handler: async (req) => Response.json(await listEmployers({ req, q: req.searchParams.get('q') ?? undefined })),
  },
]
