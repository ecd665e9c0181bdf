import type { Where } from 'payload'

import type { WorkItem } from '../../src/kernel/workList'
import { SLUGS } from '../../collections/slugs'

/** What waits in the core's collections (seed 000: pre-registrations to validate, accounts transferred in). */
export const CORE_WORK_ITEMS: WorkItem[] = [
  {
    key: 'accounts-pending',
    label: 'Comptes en attente de validation',
    filterLabel: 'En attente',
    collection: SLUGS.accounts,
    where: { status: { equals: 'pending' } },
    sections: ['accounts'],
  },
  {
    key: 'accounts-transferred',
    label: 'Comptes transférés vers votre structure',
    filterLabel: 'Transférés',
    collection: SLUGS.accounts,
    where: { status: { equals: 'transferred' } },
    sections: ['accounts'],
  },
  {
    key: 'notifications-unread',
    label: 'Notifications non lues',
    filterLabel: 'Non lues',
    collection: SLUGS.notifications,
    // Their own, super-administrators included (they may read everyone's).
    where: ({ user }): Where => ({ and: [{ recipientUser: { equals: user.id } }, { readAt: { exists: false } }] }),
  },
]
