import type { PayloadRequest } from 'payload'

import { relationId } from '../../../src/kernel/lib/relationId'
import { BILAN_SLUGS, type PhaseQuestion } from '../slugs'

/** The published questions of a phase (a draft being prepared never reaches candidates). */
export const loadPhaseQuestions = async ({ req, phase }: { req: PayloadRequest; phase: unknown }): Promise<PhaseQuestion[]> => {
  const id = relationId(phase)
  if (!id) return []
  const doc = await req.payload.findByID({
    collection: BILAN_SLUGS.phases,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return doc?.questions ?? []
}

export const isAnswered = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
