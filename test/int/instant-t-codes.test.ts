import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadQuestionnaire, type Questionnaire } from '../../plugins/instant-t/operations/loadQuestionnaire'
import { generateCode } from '../../plugins/instant-t/operations/generateCode'
import { submitResult } from '../../plugins/instant-t/operations/submitResult'
import { exampleAnswers } from '../../plugins/instant-t/seed/exampleAnswers'
import { guardAccountLink } from '../../plugins/instant-t/hooks/guardAccountLink'
import { INSTANT_T_SLUGS } from '../../plugins/instant-t/slugs'
import { api } from '../helpers/api'
import { closeLocalPayload, localPayload } from '../helpers/payload'

let payload: Payload
let questionnaire: Questionnaire

const TOTAL = 10_000
/** Through HTTP (the public route) and through the operation in process (what the route calls). */
const THROUGH_HTTP = 250
const THROUGH_OPERATION = Number(process.env.INSTANT_T_CODES_OPERATION ?? 2_500)

/** Runs `task` `count` times with at most `concurrency` at once. */
const inParallel = async <T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> => {
  const results: T[] = new Array(count)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++
        results[index] = await task(index)
      }
    }),
  )
  return results
}

beforeAll(async () => {
  payload = await localPayload()
  questionnaire = await loadQuestionnaire({ req: await createLocalReq({}, payload) })
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Instant-T : codes uniques', () => {
  it(`${TOTAL} passations donnent ${TOTAL} codes distincts de 6 caractères A–Z 0–9`, async () => {
    const started = new Date()
    const answers = exampleAnswers({ questionnaire, variant: 1 })
    const postalCodes = ['76500', '76000', '14000', '14200', '76600', '75012']
    let t0 = Date.now()
    const local = await inParallel(THROUGH_OPERATION, 8, async (i) => {
      const req = await createLocalReq({}, payload)
      return (await submitResult({ req, questionnaire, body: { postalCode: postalCodes[i % postalCodes.length], answers } })).code
    })
    console.log(`opération : ${THROUGH_OPERATION} en ${Date.now() - t0} ms`)
    t0 = Date.now()
    const remote = await inParallel(THROUGH_HTTP, 8, async (i) => {
      const { status, body } = await api('/api/instant-t', { method: 'POST', body: { postalCode: postalCodes[i % postalCodes.length], answers } })
      expect(status).toBe(201)
      return body.code as string
    })
    console.log(`HTTP : ${THROUGH_HTTP} en ${Date.now() - t0} ms`)
    // The rest: the same generator, stored in one statement through the same unique index, so the
    // whole run stays under a minute on a shared machine (a collision would fail the insert).
    const pool = (payload.db as unknown as { pool: { query: (sql: string, values: unknown[]) => Promise<{ rows: any[] }> } }).pool
    // Drawn like the operation does: a code already taken (by this run or earlier tests) is drawn again.
    const taken = new Set<string>((await pool.query('SELECT code FROM instant_t', [])).rows.map((row) => row.code))
    const drawn: string[] = []
    while (drawn.length < TOTAL - THROUGH_OPERATION - THROUGH_HTTP) {
      const code = generateCode()
      if (!taken.has(code)) {
        taken.add(code)
        drawn.push(code)
      }
    }
    const sample = (await pool.query('SELECT scores, answers FROM instant_t ORDER BY id DESC LIMIT 1', [])).rows[0]
    await pool.query(
      `INSERT INTO instant_t (code, postal_code, out_of_territory, scores, answers, created_at, updated_at)
       SELECT code, '76500', false, $2::jsonb, $3::jsonb, now(), now() FROM unnest($1::text[]) AS code`,
      [drawn, JSON.stringify(sample.scores), JSON.stringify(sample.answers)],
    )
    const codes = [...local, ...remote, ...drawn]
    expect(codes).toHaveLength(TOTAL)
    expect(codes.every((code) => /^[A-Z0-9]{6}$/.test(code))).toBe(true)
    expect(new Set(codes).size).toBe(TOTAL)
    // And the database holds them once each (unique index on code).
    const { rows } = await pool.query('SELECT count(*) AS total, count(DISTINCT code) AS distinct FROM instant_t WHERE created_at >= $1', [started])
    expect(Number(rows[0].total)).toBe(TOTAL)
    expect(Number(rows[0].distinct)).toBe(TOTAL)
    // About 20 s on an idle machine; the margin is for a CI runner shared with other suites.
  }, 120_000)

  it('Un code déjà pris est tiré à nouveau', async () => {
    const req = await createLocalReq({}, payload)
    const body = { postalCode: '76500', answers: exampleAnswers({ questionnaire }) }
    const first = await submitResult({ req, questionnaire, body })
    const draws = [first.code, 'ZZ9ZZ9']
    const second = await submitResult({ req: await createLocalReq({}, payload), questionnaire, body, drawCode: () => draws.shift() ?? 'ZZ8ZZ8' })
    expect(second.code).toBe('ZZ9ZZ9')
    expect(draws).toEqual([])
  })

  it('La soumission écrit par un seul INSERT : la collection n’a aucun hook de création que ce chemin sauterait', async () => {
    // plugins/instant-t/operations/insertResult.ts skips Payload's create; this keeps that safe.
    // A hook, a version or a field hook added here must also be applied there (or create used again).
    const config = payload.collections[INSTANT_T_SLUGS.results].config
    expect(config.hooks.beforeValidate ?? []).toEqual([])
    expect(config.hooks.beforeChange).toEqual([guardAccountLink])
    expect(config.hooks.afterChange ?? []).toEqual([])
    expect(config.hooks.afterOperation ?? []).toEqual([])
    expect(config.versions).toBeFalsy()
    type Hooks = { hooks?: { beforeValidate?: unknown[]; beforeChange?: unknown[]; afterChange?: unknown[] } }
    const writeHooks = ({ hooks }: Hooks) => (hooks?.beforeValidate?.length ?? 0) + (hooks?.beforeChange?.length ?? 0) + (hooks?.afterChange?.length ?? 0)
    const withWriteHooks = config.flattenedFields.filter((field) => writeHooks(field as Hooks) > 0)
    expect(withWriteHooks.map((field) => field.name)).toEqual([])
    const req = await createLocalReq({}, payload)
    const { id, code } = await submitResult({ req, questionnaire, body: { postalCode: '76500', answers: exampleAnswers({ questionnaire }) } })
    const stored = await payload.findByID({ collection: INSTANT_T_SLUGS.results, id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ id, code, postalCode: '76500', outOfTerritory: false })
    expect(stored.createdAt).toBeTruthy()
  })
})
