import type { Pool } from 'pg'
import type { PayloadRequest } from 'payload'

/** The adapter's pg pool: reports and downloads read with plain SQL (cursors, aggregates). */
export const poolOf = (req: PayloadRequest): Pool => (req.payload.db as unknown as { pool: Pool }).pool
