import { Readable } from 'node:stream'
import type { PayloadRequest } from 'payload'
import QueryStream from 'pg-query-stream'

import { MODALITY_LABELS } from '../slugs'
import { activityCondition, type ActivityFilters } from './activityScope'
import { activitySql, toActivityRow, type ActivityRow, type RawActivityRow } from './activityQuery'
import { poolOf } from './pool'

export const CSV_HEADER = ['Identifiant', 'DABM', 'Conseiller', 'Modalité', 'Phases', 'Phase terminée']

/** `;`-separated cell: quoted when needed, and never read as a formula by a spreadsheet. */
const cell = (value: unknown) => {
  let text = value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvLine = (values: unknown[]) => `${values.map(cell).join(';')}\r\n`

export const activityCsvLine = (row: ActivityRow) =>
  csvLine([row.identifier, row.dabm, row.counsellor, MODALITY_LABELS[row.modality] ?? row.modality, row.phases, row.completedPhases])

/**
 * The complete activity table as CSV (UTF-8 with BOM, `;`), read through a server-side cursor:
 * rows flow from PostgreSQL to the client in batches, so memory stays flat whatever the size.
 * Access is checked before the first byte; the connection is released when the stream ends.
 */
export const activityCsvStream = async ({ req, filters, batchSize = 500 }: { req: PayloadRequest; filters: ActivityFilters; batchSize?: number }) => {
  const condition = await activityCondition({ req, filters })
  const { text, values } = activitySql({ condition })
  const client = await poolOf(req).connect()
  const rows = client.query(new QueryStream(text, values, { batchSize }))
  async function* lines() {
    try {
      yield `\uFEFF${csvLine(CSV_HEADER)}`
      for await (const row of rows) yield activityCsvLine(toActivityRow(row as RawActivityRow))
    } finally {
      client.release()
    }
  }
  return Readable.from(lines(), { objectMode: false })
}
