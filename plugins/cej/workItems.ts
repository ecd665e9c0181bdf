import type { WorkItem } from '../../src/kernel/workList'
import { CEJ_SLUGS } from './slugs'

/** What waits in the CEJ agenda (seed 001): past sessions to close, finished actions to qualify. */
export const CEJ_WORK_ITEMS: WorkItem[] = [
  {
    key: 'sessions-to-close',
    label: 'Sessions à clore',
    filterLabel: 'À clore',
    collection: CEJ_SLUGS.sessions,
    where: { status: { equals: 'to-close' } },
    sections: ['cej'],
  },
  {
    key: 'actions-to-qualify',
    label: 'Actions terminées à qualifier',
    filterLabel: 'À qualifier',
    collection: CEJ_SLUGS.actions,
    where: { and: [{ status: { equals: 'done' } }, { 'qualification.qualifiedAt': { exists: false } }] },
    sections: ['cej'],
  },
]
