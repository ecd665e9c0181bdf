import type { Payload } from 'payload'
import type pg from 'pg'

import { BENCH } from './env'
import { openFollowUps } from './followUps'

export type BenchFixtures = {
  structureIds: number[]
  /** The structures of the staff user, also used as the super-admin's filter. */
  staffStructureIds: number[]
  staffEmail: string
  accountsInStaffScope: number
}

const STAFF_EMAIL = 'bench-referent-accounts@tremplin.test'

/** 50 Missions Locales under one region, through the Local API so that every hook and validation runs. */
const createStructures = async ({ payload }: { payload: Payload }): Promise<number[]> => {
  const region = await payload.create({
    collection: 'structures',
    data: { name: 'Région Bench', type: 'region', city: 'Bench' } as never,
    overrideAccess: true,
    depth: 0,
  })
  const ids: number[] = []
  for (let i = 1; i <= BENCH.structures; i++) {
    const doc = await payload.create({
      collection: 'structures',
      data: { name: `Mission Locale Bench ${String(i).padStart(2, '0')}`, type: 'mission-locale', parent: region.id, city: `Ville ${i}` } as never,
      overrideAccess: true,
      depth: 0,
    })
    ids.push(doc.id as number)
  }
  return ids
}

/**
 * 100k enabled accounts in one statement, spread round-robin over the structures, one minute
 * apart so that `createdAt` ordering is total. Auth columns stay empty: nobody logs in as them.
 */
const insertAccounts = async ({ pool, structureIds }: { pool: pg.Pool; structureIds: number[] }) => {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO accounts (email, first_name, last_name, postal_code, city, structure_id, status, origin, created_at, updated_at)
     SELECT 'bench-' || i || '@exemple.test', 'Prénom' || i, 'Nom' || (i % 997), lpad(((i % 900) + 10000)::text, 5, '0'), 'Ville',
            ($1::int[])[(i % array_length($1::int[], 1)) + 1], 'enabled', 'staff',
            now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
     FROM generate_series(1, $2::int) AS i RETURNING id`,
    [structureIds, BENCH.accounts],
  )
  await pool.query('ANALYZE accounts')
  await openFollowUps(pool, rows.map((row) => row.id))
  // The same rows in the bare baseline collection (issue #16), same structures, same createdAt.
  await pool.query(
    `INSERT INTO bench_baseline (structure, first_name, last_name, email, postal_code, city, status, origin, created_at, updated_at)
     SELECT structure_id, first_name, last_name, email, postal_code, city, status::text, origin::text, created_at, updated_at
     FROM accounts WHERE email LIKE 'bench-%@exemple.test'`,
  )
  await pool.query('ANALYZE bench_baseline')
}

const createStaffUser = async ({ payload, structureIds }: { payload: Payload; structureIds: number[] }) => {
  await payload.create({
    collection: 'users',
    data: {
      email: STAFF_EMAIL,
      password: BENCH.password,
      firstName: 'Bench',
      lastName: 'Référent',
      roles: ['referent-accounts'],
      structures: structureIds,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
}

export const createBenchFixtures = async ({ payload, pool }: { payload: Payload; pool: pg.Pool }): Promise<BenchFixtures> => {
  const structureIds = await createStructures({ payload })
  await insertAccounts({ pool, structureIds })
  // Three structures spread over the range, so that their accounts interleave in createdAt order.
  const staffStructureIds = [structureIds[3], structureIds[20], structureIds[41]]
  await createStaffUser({ payload, structureIds: staffStructureIds })
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM accounts WHERE structure_id = ANY($1)', [staffStructureIds])
  return { structureIds, staffStructureIds, staffEmail: STAFF_EMAIL, accountsInStaffScope: rows[0].n }
}
