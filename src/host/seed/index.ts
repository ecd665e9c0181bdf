import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { seedStepsOf } from '../../kernel/seed/steps'

const log = (payload: Payload, msg: string) => payload.logger.info({ msg: `[seed] ${msg}` })

/** Written before the first step and after the last: a start killed in between is seen next time. */
export const SEED_STARTED = 'tremplin:demo-seed-started'
export const SEED_COMPLETED = 'tremplin:demo-seed-completed'

/** Idempotent demo data: safe to run twice. Each module (the core first) brings its steps through the config. */
export const seed = async ({ payload }: { payload: Payload }) => {
  await payload.kv.set(SEED_STARTED, { at: new Date().toISOString() })
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  const ids = new Map<string, number>()
  for (const step of seedStepsOf(payload)) await step({ payload, req, ids })
  await payload.kv.set(SEED_COMPLETED, { at: new Date().toISOString() })
  log(payload, 'terminé')
}

export type SeedDecision = 'seed' | 'resume' | 'skip'

/**
 * An empty database is seeded; a demo seed that started and never completed (the process was
 * killed mid-way) is run again to the end, its steps being idempotent; anything else, a
 * production database with real users included, is left alone.
 */
export const seedDecision = ({ users, started, completed }: { users: number; started: boolean; completed: boolean }): SeedDecision =>
  users === 0 ? 'seed' : started && !completed ? 'resume' : 'skip'

/** At start: seed an empty database, or finish a demo seed an earlier start left half-done. */
export const seedIfEmpty = async ({ payload }: { payload: Payload }) => {
  const decision = seedDecision({
    users: (await payload.count({ collection: 'users' })).totalDocs,
    started: await payload.kv.has(SEED_STARTED),
    completed: await payload.kv.has(SEED_COMPLETED),
  })
  if (decision === 'resume') log(payload, 'données de démonstration incomplètes (démarrage interrompu) : reprise')
  if (decision !== 'skip') await seed({ payload })
}
