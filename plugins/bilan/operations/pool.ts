import type { Pool } from 'pg'
import type { PayloadRequest } from 'payload'

import { poolOfPayload } from '../../../src/kernel/db/sharedCounters'

/** The adapter's pg pool: reports and downloads read with plain SQL (cursors, aggregates). */
export const poolOf = (req: PayloadRequest): Pool => poolOfPayload(req.payload)
