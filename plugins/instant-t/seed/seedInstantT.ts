import type { Payload, PayloadRequest } from 'payload'

import { env } from '../../../src/kernel/config/env'
import type { SeedStep } from '../../../src/kernel/seed/steps'
import { loadQuestionnaire } from '../operations/loadQuestionnaire'
import { submitResult } from '../operations/submitResult'
import { INSTANT_T_SLUGS } from '../slugs'
import { exampleAnswers } from './exampleAnswers'
import { SEED_QUESTIONNAIRE, seedOptions } from './questionnaire'
import { lifecycleCreateData } from '../../lifecycle'

const log = (payload: Payload, msg: string) => payload.logger.info({ msg: `[seed] ${msg}` })

const seedQuestionnaire = async ({ payload, req }: { payload: Payload; req: PayloadRequest }) => {
  for (const [categoryIndex, category] of SEED_QUESTIONNAIRE.entries()) {
    const existing = await payload.find({ collection: INSTANT_T_SLUGS.categories, where: { name: { equals: category.name } }, limit: 1, depth: 0, req })
    if (existing.docs[0]) continue
    const created = await payload.create({
      collection: INSTANT_T_SLUGS.categories,
      data: { name: category.name, description: category.description, order: (categoryIndex + 1) * 10, active: true },
      req,
    })
    for (const [questionIndex, question] of category.questions.entries()) {
      await payload.create({
        collection: INSTANT_T_SLUGS.questions,
        data: { text: question.text, category: created.id, order: (questionIndex + 1) * 10, options: seedOptions(question.options), active: true },
        req,
      })
    }
  }
  log(payload, `questionnaire Instant-T : ${SEED_QUESTIONNAIRE.length} catégories`)
}

/** A referent-instant-t at ml-caen, so that scoping between Missions Locales can be shown. */
const seedCaenReferent = async ({ payload, req, ids }: { payload: Payload; req: PayloadRequest; ids: Map<string, number> }) => {
  const email = 'referent-instant-t-caen@tremplin.test'
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, req })
  if (existing.docs[0]) return
  await payload.create({
    collection: 'users',
    data: lifecycleCreateData<'users'>({ email, firstName: 'Romain', lastName: 'Lefort', roles: ['referent-instant-t'], structures: [ids.get('ml-caen')!], password: env.demoPassword }),
    req,
  })
}

/** Completed questionnaires at Rouen, Caen and one out of territory. */
const DEMO_RESULTS = [
  { postalCode: '76500', variant: 0 },
  { postalCode: '76000', variant: 1 },
  { postalCode: '76100', variant: 2 },
  { postalCode: '14000', variant: 0 },
  { postalCode: '14200', variant: 3 },
  { postalCode: '75012', variant: 1 },
]

const seedResults = async ({ payload, req }: { payload: Payload; req: PayloadRequest }) => {
  const { totalDocs } = await payload.count({ collection: INSTANT_T_SLUGS.results, req })
  if (totalDocs > 0) return
  const questionnaire = await loadQuestionnaire({ req })
  for (const { postalCode, variant } of DEMO_RESULTS) {
    await submitResult({ req, questionnaire, body: { postalCode, answers: exampleAnswers({ questionnaire, variant }) } })
  }
  log(payload, `${DEMO_RESULTS.length} résultats Instant-T`)
}

export const seedInstantT: SeedStep = async (args) => {
  await seedQuestionnaire(args)
  await seedCaenReferent(args)
  await seedResults(args)
}
