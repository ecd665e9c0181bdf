/**
 * A fixed-seed slice of the bench's differential access fuzz (bench/fuzz/accessFuzz.ts, issue #10):
 * random REST and GraphQL reads of every collection by every demo role, young people and the
 * anonymous caller, each answer checked against what src/kernel/access lets that caller read through the
 * Local API. A regression that lets a filter, a sort, a selection or `depth` reach past a scope,
 * or that answers 500 to a read, fails here. `npm run bench` runs the same fuzz at 10,000 requests.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runAccessFuzz } from '../../bench/fuzz/accessFuzz'
import { formatAccessFuzz } from '../../bench/fuzz/formatAccessFuzz'
import { serverURL } from '../helpers/testEnv'
import { closeLocalPayload, localPayload } from '../helpers/payload'

const SEED = 20261130
const REQUESTS = Number(process.env.ACCESS_FUZZ_REQUESTS ?? 300)

let payload: Payload

beforeAll(async () => {
  payload = await localPayload()
})

afterAll(async () => {
  await closeLocalPayload()
})

describe('Fuzz différentiel des droits de lecture (tranche à graine fixe)', () => {
  it(`${REQUESTS} lectures REST et GraphQL au hasard : aucun document ni champ hors du périmètre, aucune réponse 5xx`, { timeout: 600_000 }, async () => {
    const figures = await runAccessFuzz({ baseURL: serverURL, payload, seed: SEED, requests: REQUESTS, concurrency: 2 })
    console.log(formatAccessFuzz(figures))
    expect(figures.requests).toBe(REQUESTS)
    expect(figures.principals.length).toBeGreaterThan(15)
    expect(figures.documentsChecked).toBeGreaterThan(0)
    expect(figures.leakExamples).toEqual([])
    expect(figures.serverErrorShapes.map((s) => `${s.count} × ${s.shape} — ${s.example.request}`)).toEqual([])
    expect(figures.networkErrorExamples.map((e) => `${e.principal} — ${e.request} — ${e.response}`)).toEqual([])
    expect(figures.networkErrors).toBe(0)
  })
})
