import type { Endpoint } from 'payload'

import { forbidden } from '../../../src/kernel/lib/errors'
import { exportResultsCsv } from '../operations/exportResultsCsv'

/** GET /api/instant-t/export.csv?search=&postalCode=&from=&to=: the list the caller may see, streamed. */
export const exportCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw forbidden('Connectez-vous pour exporter les Instant-T.')
    const params = new URL(req.url ?? 'http://x').searchParams
    const filter = {
      search: params.get('search') ?? undefined,
      postalCode: params.get('postalCode') ?? undefined,
      from: params.get('from') ?? undefined,
      to: params.get('to') ?? undefined,
    }
    const stream = await exportResultsCsv({ req, filter })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="instant-t-${day}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
