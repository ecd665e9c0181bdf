import type { WorkItem } from '../../src/kernel/workList'
import { BILAN_SLUGS } from './slugs'

/** What waits in the bilan (seed 002): phases the candidates submitted, for their counsellor to complete. */
export const BILAN_WORK_ITEMS: WorkItem[] = [
  {
    key: 'bilan-steps-submitted',
    label: 'Phases soumises à relire',
    filterLabel: 'Soumises',
    collection: BILAN_SLUGS.steps,
    where: { status: { equals: 'submitted' } },
    sections: ['bilan'],
  },
]
