import type { PayloadRequest } from 'payload'
import type { PoolClient } from 'pg'
import QueryStream from 'pg-query-stream'

import { opensSection, requireAccess, structuresActedOn } from '../../../src/kernel/access'
import { poolOfPayload } from '../../../src/kernel/db/sharedCounters'
import type { CategoryScore } from '../types'

export type ResultsFilter = { search?: string; postalCode?: string; from?: string; to?: string }

const HEADERS = ['ID', 'Compte', 'Code', 'Code postal', 'Mission Locale', 'Date de création', 'Date de modification', 'Scores']

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

// One formatter for the whole export: building one per row costs more than the query itself.
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' })
const formatDate = (value: Date) => dateFormat.format(value)

const scoresText = (scores: CategoryScore[] | null) =>
  (scores ?? []).map((s) => `${s.category} ${s.score}/${s.max} (${s.percent} %)`).join(' | ')

type Row = {
  id: number
  account_name: string | null
  code: string
  postal_code: string
  mission_locale: string | null
  created_at: Date
  updated_at: Date
  scores: CategoryScore[] | null
}

export const csvLine = (row: Row) =>
  [row.id, row.account_name ?? 'Anonyme', row.code, row.postal_code, row.mission_locale ?? 'Hors territoire', formatDate(row.created_at), formatDate(row.updated_at), scoresText(row.scores)]
    .map(cell)
    .join(';') + '\r\n'

/**
 * The SQL of the export, limited to what the caller may read: the same rule as the
 * collection's read access for staff (section "instant-t" within their structures; all for
 * super-admins). Parameters only, never interpolated values.
 */
export const resultsExportQuery = async ({ req, filter }: { req: PayloadRequest; filter: ResultsFilter }) => {
  await requireAccess({ access: opensSection('instant-t'), req, message: 'Vous n’avez pas accès aux Instant-T.' })
  const where: string[] = []
  const values: unknown[] = []
  const scope = await structuresActedOn(req)
  if (scope !== 'everywhere') {
    values.push(scope)
    where.push(`r.structure_id = ANY($${values.length}::int[])`)
  }
  if (filter.search) {
    values.push(`%${filter.search.slice(0, 100)}%`)
    where.push(`(r.code ILIKE $${values.length} OR r.account_name ILIKE $${values.length})`)
  }
  if (filter.postalCode) {
    values.push(filter.postalCode.slice(0, 10))
    where.push(`r.postal_code = $${values.length}`)
  }
  for (const [bound, operator] of [
    [filter.from, '>='],
    [filter.to, '<='],
  ] as const) {
    if (bound && !Number.isNaN(Date.parse(bound))) {
      values.push(new Date(bound))
      where.push(`r.created_at ${operator} $${values.length}`)
    }
  }
  const text = `SELECT r.id, r.account_name, r.code, r.postal_code, s.name AS mission_locale, r.created_at, r.updated_at, r.scores
    FROM instant_t r LEFT JOIN structures s ON s.id = r.structure_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY r.id`
  return { text, values }
}

/**
 * Streams the list as CSV (UTF-8 with BOM, `;`, French headers) through a server-side
 * cursor: memory stays flat whatever the number of rows. The pool client is released when the
 * stream ends, fails or the download is cancelled.
 */
export const exportResultsCsv = async ({ req, filter }: { req: PayloadRequest; filter: ResultsFilter }): Promise<ReadableStream<Uint8Array>> => {
  const { text, values } = await resultsExportQuery({ req, filter })
  const client: PoolClient = await poolOfPayload(req.payload).connect()
  const rows = client.query(new QueryStream(text, values, { batchSize: 500 }))
  const encoder = new TextEncoder()
  let released = false
  const release = (error?: Error) => {
    if (released) return
    released = true
    client.release(error)
  }
  const iterator = rows[Symbol.asyncIterator]() as AsyncIterator<Row>
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${HEADERS.join(';')}\r\n`))
      },
      async pull(controller) {
        try {
          let chunk = ''
          // Batch lines so each enqueue carries a useful amount of text.
          for (let i = 0; i < 200; i += 1) {
            const next = await iterator.next()
            if (next.done) {
              if (chunk) controller.enqueue(encoder.encode(chunk))
              controller.close()
              release()
              return
            }
            chunk += csvLine(next.value)
          }
          controller.enqueue(encoder.encode(chunk))
        } catch (error) {
          release(error as Error)
          controller.error(error)
        }
      },
      cancel() {
        rows.destroy()
        release(new Error('export annulé'))
      },
    },
    { highWaterMark: 4 },
  )
}
