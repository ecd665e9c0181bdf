import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { cacheListener } from '../cache/cacheListener'
import { watchedCache } from '../cache/watchedCache'
import { env } from '../config/env'
import { drizzleFor } from '../db/requestDb'

/** The status of a programme that no longer makes its structure follow the young person. */
export const CLOSED_PROGRAMME_STATUS = 'closed'

/** The follow-up by the structure of first contact: the programme that administers the file (issue 18). */
export const FOLLOW_UP_PROGRAMME_KIND = 'follow-up'

/**
 * Past this many, the accounts that `scope` follows through another programme than their
 * follow-up are filtered by the `programmes` join instead of by id: a DABM following thousands
 * of young people through their bilans, whose ids would make a statement of thousands of
 * parameters.
 */
export const MAX_FOLLOWED_BY_ID = 500

type Db = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: { id: number }[] }> }

/**
 * One read per request: Payload asks a list's read access twice (the operation, then the sort's
 * validation, through a proxy of `req`: hence the request's `context` as key), and a request reads
 * several collections guarded by this rule. Forgotten when the request writes a programme
 * (`forgetFollowersRead`, the programmes' hooks) or changes user.
 */
const readOfRequest = new WeakMap<object, { user: unknown; scope: string; accounts: Promise<number[] | null> }>()

/** The request's own object, the same through Payload's proxies of `req`. */
const requestKey = (req: PayloadRequest): object => req.context ?? req

const PROGRAMMES_MESSAGE = 'programmes'

/**
 * And a few seconds across requests (`SCOPE_CACHE_TTL_MS`, like the structure scope), by scope:
 * any write to `programmes`, on any instance, drops it at commit (../cache/cacheTriggers); never
 * read nor stored inside a transaction, which may see programmes that are then rolled back.
 */
const followersOfScope = watchedCache<number[] | null>({ message: PROGRAMMES_MESSAGE, tables: ['programmes'], ttlMs: env.scopeCacheTtlMs })

/**
 * The request wrote a programme (the programmes' afterChange and afterDelete): its next access
 * decision, and this process's next request, read the followers again; the other instances drop
 * theirs at commit.
 */
export const forgetFollowersRead = ({ req }: { req: PayloadRequest }) => {
  readOfRequest.delete(requestKey(req))
  cacheListener.deliver(PROGRAMMES_MESSAGE)
}

/**
 * The accounts that the structures `scope` follow through an open programme other than the
 * follow-up, and whose follow-up is not theirs (those the column `follow_up_structure_id`
 * already gives): few, usually (a Mission Locale's CEJ runs beside its own follow-up). Read in
 * the request's transaction, so a programme it just opened counts. `null` past MAX_FOLLOWED_BY_ID.
 */
export const accountsFollowedBeyondTheirFollowUp = (req: PayloadRequest, scope: number[]): Promise<number[] | null> => {
  const key = scope.join(',')
  const known = readOfRequest.get(requestKey(req))
  if (known && known.user === req.user && known.scope === key) return known.accounts
  const read = () => readAccountsFollowedBeyondTheirFollowUp(req, scope)
  const accounts = req.transactionID ? read() : followersOfScope.get(key, read)
  readOfRequest.set(requestKey(req), { user: req.user, scope: key, accounts })
  // A failed read is not kept: the next decision tries again.
  accounts.catch(() => readOfRequest.delete(requestKey(req)))
  return accounts
}

const readAccountsFollowedBeyondTheirFollowUp = async (req: PayloadRequest, scope: number[]): Promise<number[] | null> => {
  const db = await drizzleFor<Db>(req)
  const structures = `{${scope.join(',')}}`
  const { rows } = await db.execute(sql`
    SELECT DISTINCT p.account_id AS id FROM programmes p JOIN accounts a ON a.id = p.account_id
     WHERE p.structure_id = ANY(${structures}::int[])
       AND p.status::text <> ${CLOSED_PROGRAMME_STATUS} AND p.kind::text <> ${FOLLOW_UP_PROGRAMME_KIND}
       AND (a.follow_up_structure_id IS NULL OR NOT (a.follow_up_structure_id = ANY(${structures}::int[])))
     LIMIT ${MAX_FOLLOWED_BY_ID + 1}`)
  return rows.length > MAX_FOLLOWED_BY_ID ? null : rows.map((row) => Number(row.id))
}
