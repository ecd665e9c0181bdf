import type { CollectionAfterChangeHook } from 'payload'

import { invalidField } from '../../../src/kernel/lib/errors'
import { relationId, relationIds } from '../../../src/kernel/lib/relationId'
import { BILAN_SLUGS } from '../slugs'
import { lifecycleCreateData } from '../../lifecycle'

/**
 * Each chosen phase is a `bilan-steps` record with its own lifecycle. In the bilan's
 * transaction: chosen phases get a step, removed ones lose theirs (only if never started),
 * and the steps keep the bilan's candidate, counsellor and structure for access.
 */
export const syncSteps: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const chosen = relationIds(doc.phases)
  const { docs } = await req.payload.find({
    collection: BILAN_SLUGS.steps,
    where: { bilan: { equals: doc.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const steps = docs.map((step) => ({ ...step, phase: relationId(step.phase)! }))
  const shared = {
    candidate: relationId(doc.candidate),
    counsellor: relationId(doc.counsellor),
    structure: relationId(doc.structure),
  }
  for (const step of steps) {
    if (chosen.includes(step.phase)) continue
    if (step.status !== 'not-started' || Object.keys(step.answers ?? {}).length > 0) {
      throw invalidField({
        req,
        collection: collection.slug,
        path: 'phases',
        message: 'Une phase déjà commencée par le candidat ne peut plus être retirée de son bilan.',
      })
    }
    await req.payload.delete({ collection: BILAN_SLUGS.steps, id: step.id, overrideAccess: true, req })
  }
  const { docs: phases } = await req.payload.find({
    collection: BILAN_SLUGS.phases,
    where: { id: { in: chosen } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const phase of phases) {
    const existing = steps.find((step) => step.phase === phase.id)
    if (existing) {
      await req.payload.update({
        collection: BILAN_SLUGS.steps,
        id: existing.id,
        data: { ...shared, order: phase.order },
        overrideAccess: true,
        req,
      })
      continue
    }
    await req.payload.create({
      collection: BILAN_SLUGS.steps,
      data: lifecycleCreateData<'bilan-steps'>({ ...shared, bilan: doc.id, phase: phase.id, order: phase.order, title: phase.title }),
      overrideAccess: true,
      req,
    })
  }
  return doc
}
