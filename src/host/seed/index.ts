import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { seedStepsOf } from '../../kernel/seed/steps'

const log = (payload: Payload, msg: string) => payload.logger.info({ msg: `[seed] ${msg}` })

/** Idempotent demo data: safe to run twice. Each module (the core first) brings its steps through the config. */
export const seed = async ({ payload }: { payload: Payload }) => {
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  const ids = new Map<string, number>()
  for (const step of seedStepsOf(payload)) await step({ payload, req, ids })
  log(payload, 'terminé')
}

/** First start of an empty database: seed it. */
export const seedIfEmpty = async ({ payload }: { payload: Payload }) => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs === 0) await seed({ payload })
}
