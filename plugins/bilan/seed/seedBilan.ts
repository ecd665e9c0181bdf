import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest, type Where } from 'payload'

import { env } from '../../../src/kernel/config/env'
import type { Bilan, Structure, User } from '../../../src/payload-types'
import { lifecycleCreateData, performTransition } from '../../lifecycle'
import { BILAN_SLUGS } from '../slugs'
import { SEED_PHASES } from './phases'
import type { SeedStep } from '../../../src/kernel/seed/steps'
import { relationId } from '../../../src/kernel/lib/relationId'

const log = (payload: Payload, msg: string) => payload.logger.info({ msg: `[seed] bilan : ${msg}` })

/** A second academy, so cross-academy isolation can be tried on the demo data. */
const OTHER_ACADEMY: ({ key: string; parent?: string } & Pick<Structure, 'name' | 'type' | 'city'> & Partial<Pick<Structure, 'postalCode'>>)[] = [
  { key: 'academie-toulouse', name: 'Académie de Toulouse', type: 'academy', city: 'Toulouse' },
  { key: 'dabm-albi', name: 'Albi', type: 'dabm', parent: 'academie-toulouse', city: 'Albi', postalCode: '81000' },
]

const OTHER_STAFF: (Pick<User, 'email' | 'firstName' | 'lastName' | 'roles'> & { structure: string })[] = [
  { email: 'academic-admin-toulouse@tremplin.test', firstName: 'Bruno', lastName: 'Vidal', roles: ['academic-admin'], structure: 'academie-toulouse' },
  { email: 'counsellor-toulouse@tremplin.test', firstName: 'Maëlle', lastName: 'Castan', roles: ['counsellor'], structure: 'dabm-albi' },
]

/** Candidates with a bilan in progress: [counsellor, account, modality, chosen phase numbers, completed, in progress]. */
const CANDIDATES: { counsellor: string; email: string; firstName: string; lastName: string; modality: Bilan['modality']; phases: number[]; completed: number[]; inProgress: number[] }[] = [
  { counsellor: 'counsellor@tremplin.test', email: 'ines.moulin@exemple.fr', firstName: 'Inès', lastName: 'Moulin', modality: 'on-site', phases: [1, 2, 3, 4], completed: [1], inProgress: [2] },
  { counsellor: 'lead-counsellor@tremplin.test', email: 'hugo.perrin@exemple.fr', firstName: 'Hugo', lastName: 'Perrin', modality: 'remote', phases: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], completed: [1, 2, 3, 4, 5], inProgress: [6] },
  { counsellor: 'counsellor-toulouse@tremplin.test', email: 'lea.fabre@exemple.fr', firstName: 'Léa', lastName: 'Fabre', modality: 'remote', phases: [1, 2, 6], completed: [], inProgress: [1] },
]

const find = async <TSlug extends CollectionSlug>(req: PayloadRequest, collection: TSlug, where: Where) =>
  (await req.payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]

const seedPhases = async ({ req }: { req: PayloadRequest }) => {
  const ids: number[] = []
  for (const [index, phase] of SEED_PHASES.entries()) {
    const existing = await find(req, BILAN_SLUGS.phases, { title: { equals: phase.title } })
    const doc =
      existing ??
      (await req.payload.create({ collection: BILAN_SLUGS.phases, data: { ...phase, order: index + 1, _status: 'published' }, req }))
    ids.push(doc.id)
  }
  return ids
}

const seedOtherAcademy = async ({ req, ids }: { req: PayloadRequest; ids: Map<string, number> }) => {
  for (const { key, parent, ...data } of OTHER_ACADEMY) {
    const doc =
      (await find(req, 'structures', { name: { equals: data.name } })) ??
      (await req.payload.create({ collection: 'structures', data: { ...data, parent: parent ? ids.get(parent) : undefined }, req }))
    ids.set(key, doc.id)
  }
  for (const { structure, ...data } of OTHER_STAFF) {
    if (await find(req, 'users', { email: { equals: data.email } })) continue
    await req.payload.create({ collection: 'users', data: lifecycleCreateData<'users'>({ ...data, password: env.demoPassword, structures: [ids.get(structure)!] }), req })
  }
}

const seedCandidates = async ({ payload, phaseIds }: { payload: Payload; phaseIds: number[] }) => {
  for (const candidate of CANDIDATES) {
    const counsellor = await payload.find({ collection: 'users', where: { email: { equals: candidate.counsellor } }, limit: 1, depth: 0, overrideAccess: true })
    if (!counsellor.docs[0]) continue
    // Created the way a counsellor does it, so the hooks scope everything to their DABM.
    const req = await createLocalReq({ user: { ...counsellor.docs[0], collection: 'users' }, context: { seeding: true } }, payload)
    const dabm = relationId(counsellor.docs[0].structures?.[0])!
    const account =
      (await find(req, 'accounts', { email: { equals: candidate.email } })) ??
      (await payload.create({
        collection: 'accounts',
        data: lifecycleCreateData<'accounts'>({ email: candidate.email, firstName: candidate.firstName, lastName: candidate.lastName, password: env.demoPassword, structure: dabm }),
        req,
      }))
    if (await find(req, BILAN_SLUGS.bilans, { candidate: { equals: account.id } })) continue
    const bilan = await payload.create({
      collection: BILAN_SLUGS.bilans,
      data: lifecycleCreateData<'bilans'>({ candidate: account.id, modality: candidate.modality, phases: candidate.phases.map((n) => phaseIds[n - 1]) }),
      req,
    })
    const { docs: steps } = await payload.find({ collection: BILAN_SLUGS.steps, where: { bilan: { equals: bilan.id } }, depth: 0, limit: 20, sort: 'order', overrideAccess: true })
    for (const step of steps) {
      const order = step.order ?? 0
      const done = candidate.completed.includes(order)
      if (!done && !candidate.inProgress.includes(order)) continue
      await performTransition({ req, collection: BILAN_SLUGS.steps, id: step.id, event: { type: 'START' }, skipPermission: true })
      const questions = SEED_PHASES[order - 1].questions
      const answers = Object.fromEntries(
        questions.map((q) => [q.key, q.type === 'scale' ? 4 : q.type === 'choice' ? q.options![0].value : `Réponse de ${candidate.firstName} : ${q.label.toLowerCase()}`]),
      )
      await payload.update({ collection: BILAN_SLUGS.steps, id: step.id, data: { answers }, overrideAccess: true, req })
      if (!done) continue
      await performTransition({ req, collection: BILAN_SLUGS.steps, id: step.id, event: { type: 'SUBMIT' }, skipPermission: true })
      await payload.update({ collection: BILAN_SLUGS.steps, id: step.id, data: { comments: { [questions[0].key]: 'Merci, c’est très clair.' } }, overrideAccess: true, req })
      await performTransition({ req, collection: BILAN_SLUGS.steps, id: step.id, event: { type: 'COMPLETE' }, skipPermission: true })
    }
  }
}

/** The ten phases of the manual, a second academy, and candidates at different stages. Safe to run twice. */
export const seedBilan: SeedStep = async ({ payload, req, ids }) => {
  const phaseIds = await seedPhases({ req })
  await seedOtherAcademy({ req, ids })
  await seedCandidates({ payload, phaseIds })
  log(payload, `${phaseIds.length} phases, ${OTHER_STAFF.length} utilisateurs de l'académie de Toulouse, ${CANDIDATES.length} candidats`)
}
