import type { WorkItem } from '../../src/kernel/workList'
import { INSTANT_T_SLUGS } from './slugs'

/** What waits in Instant-T (seed 000): results of the Mission Locale not yet linked to a young person's account. */
export const INSTANT_T_WORK_ITEMS: WorkItem[] = [
  {
    key: 'instant-t-unlinked',
    label: 'Résultats Instant-T à rattacher à un compte',
    filterLabel: 'Non rattachés',
    collection: INSTANT_T_SLUGS.results,
    where: { account: { exists: false } },
    sections: ['instant-t'],
  },
]
