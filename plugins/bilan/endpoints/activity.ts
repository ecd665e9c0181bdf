import { Readable } from 'node:stream'
import type { Endpoint } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { activityCsvStream } from '../operations/activityCsv'
import { readActivityFilters } from '../operations/activityScope'
import { activityTable } from '../operations/activityTable'
import { phaseReachedStatistics } from '../operations/statistics'

const positiveInt = ({ value, fallback, max }: { value: unknown; fallback: number; max: number }) => {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  return Number.isInteger(n) && n > 0 && n <= max ? n : null
}

/** GET /api/bilans/activity?dabm=&counsellor=&modality=&phase=&page=&limit= */
export const activityEndpoint: Endpoint = {
  path: '/activity',
  method: 'get',
  handler: async (req) => {
    const page = positiveInt({ value: req.query?.page, fallback: 1, max: 1_000_000 })
    const limit = positiveInt({ value: req.query?.limit, fallback: 50, max: 100 })
    if (!page) throw invalidField({ req, path: 'page', message: 'La page doit être un entier positif.' })
    if (!limit) throw invalidField({ req, path: 'limit', message: 'La taille de page doit être comprise entre 1 et 100.' })
    return Response.json(await activityTable({ req, filters: readActivityFilters(req), page, limit }))
  },
}

/** GET /api/bilans/activity.csv: the complete table, streamed. */
export const activityCsvEndpoint: Endpoint = {
  path: '/activity.csv',
  method: 'get',
  handler: async (req) => {
    const stream = await activityCsvStream({ req, filters: readActivityFilters(req) })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="activite-bilans-${day}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

/** GET /api/bilans/statistics: candidates per phase reached, per DABM and modality. */
export const statisticsEndpoint: Endpoint = {
  path: '/statistics',
  method: 'get',
  handler: async (req) => Response.json({ rows: await phaseReachedStatistics({ req, filters: readActivityFilters(req) }) }),
}
