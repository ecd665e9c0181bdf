import type { Endpoint } from 'payload'

import { listCandidatureBanners } from '../operations/candidatureBanners'

/** GET /api/candidatures/banners?limit=20: the dashboard's latest candidatures, as banners. */
export const candidatureBannersEndpoint: Endpoint = {
  path: '/banners',
  method: 'get',
  handler: async (req) => Response.json(await listCandidatureBanners({ req, limit: Number(req.searchParams.get('limit') ?? 20) || 20 })),
}
