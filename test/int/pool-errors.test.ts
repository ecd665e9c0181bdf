import pg from 'pg'
import type { Payload } from 'payload'
import { describe, expect, inject, it } from 'vitest'

import { survivePoolErrors } from '../../src/kernel/db/survivePoolErrors'

/**
 * A transaction left idle past `idle_in_transaction_session_timeout` is ended by PostgreSQL,
 * whose pg client then emits `error`; without a listener that is an uncaught exception and the
 * server dies (seen in the full suite). With `survivePoolErrors` it is logged and the pool goes on.
 */
describe('Connexions perdues du pool', () => {
  it('une transaction abandonnée que PostgreSQL ferme est journalisée, et le pool sert la requête suivante', async () => {
    const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 })
    const logged: unknown[] = []
    survivePoolErrors({ db: { pool }, logger: { error: (entry: unknown) => logged.push(entry) } } as unknown as Payload)
    const client = await pool.connect()
    await client.query('SET idle_in_transaction_session_timeout = 200')
    await client.query('BEGIN')
    // Left idle in its transaction, never released: PostgreSQL ends the session after 200 ms.
    for (let waited = 0; waited < 10_000 && logged.length === 0; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(logged.length).toBeGreaterThan(0)
    client.release(true)
    const { rows } = await pool.query('SELECT 1 AS ok')
    expect(rows[0].ok).toBe(1)
    await pool.end()
  })
})
