import type { WorkItem } from '../../src/kernel/workList'
import { PLACEMENT_SLUGS } from './slugs'

/** What waits in Atouts pour tous (seed 004): validations for the establishments, candidatures and parrainages received by companies. */
export const PLACEMENT_WORK_ITEMS: WorkItem[] = [
  {
    key: 'candidatures-awaiting-validation',
    label: 'Candidatures à valider',
    filterLabel: 'En attente de validation',
    collection: PLACEMENT_SLUGS.candidatures,
    where: { status: { equals: 'awaiting-validation' } },
    sections: ['placement'],
  },
  {
    key: 'candidatures-received',
    label: 'Candidatures reçues à prendre en charge',
    filterLabel: 'Reçues',
    collection: PLACEMENT_SLUGS.candidatures,
    where: { status: { equals: 'sent' } },
    roles: ['employer'],
  },
  {
    key: 'parrainages-awaiting-validation',
    label: 'Demandes de parrainage à valider',
    filterLabel: 'À valider',
    collection: PLACEMENT_SLUGS.parrainages,
    where: { status: { equals: 'awaiting-validation' } },
    sections: ['placement'],
  },
  {
    key: 'parrainages-received',
    label: 'Demandes de parrainage reçues',
    filterLabel: 'Reçues',
    collection: PLACEMENT_SLUGS.parrainages,
    where: { status: { equals: 'validated' } },
    roles: ['employer'],
  },
]
