import type { CollectionConfig, Config, Plugin } from 'payload'

import { asPrincipal, userOpensSection } from '../../src/kernel/access'
import { withBulkKinds } from '../../src/kernel/bulk'
import { withSeedStep } from '../../src/kernel/seed/steps'
import { SLUGS } from '../../collections/slugs'
import { bindLifecycle } from '../lifecycle'
import { ReferenceItems } from './collections/referenceItems'
import { ReferenceTransfers } from './collections/referenceTransfers'
import { referenceTransferBinding } from './collections/referenceTransfers/lifecycle'
import { addUserToTableEndpoint } from './endpoints/addUserToTable'
import { referenceTransferClockTask } from './jobs/referenceTransferClockTask'
import { referenceTransferKind } from './operations/transferKind'
import { referenceField } from './referenceField'
import { seedReferenceTables } from './seed/seedReferenceTables'

export { referenceField } from './referenceField'
export { REFERENCE_SLUGS, REFERENCE_TABLES } from './slugs'

export type ReferenceTablesPluginOptions = {
  /** When the transfers' clock looks for due transfers (seconds field included); they run at the next 04:00 Europe/Paris. */
  clockCron?: string
  /** The jobs queue the clock is scheduled on; it must be run (the lifecycle plugin runs `effects`). */
  queue?: string
  seed?: boolean
}

/** The young person's « contexte » (a reference item of table `contexts`): a real usage the transfers move. */
const withContext = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.some((field) => 'name' in field && field.name === 'context')
    ? collection.fields
    : [...collection.fields, { ...referenceField({ name: 'context', table: 'contexts', label: { fr: 'Contexte', en: 'Context' } }), admin: { position: 'sidebar' } }],
})

/** The one-click « ajouter aux tables de référence des dispositifs » on a staff user's page. */
const withReferenceItemsButton = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  endpoints: [...(collection.endpoints || []), addUserToTableEndpoint],
  fields: [
    ...collection.fields,
    {
      name: 'referenceTables',
      type: 'ui',
      label: { fr: 'Tables de référence des dispositifs', en: 'Programme reference tables' },
      admin: {
        position: 'sidebar',
        components: { Field: '/plugins/reference-tables/components/AddToReferenceTablesPanel#AddToReferenceTablesPanel' },
        condition: (data, _siblings, { user }) => Boolean(data?.id) && userOpensSection(asPrincipal(user), 'administration'),
      },
    },
  ],
})

/**
 * Reference tables (seed 003, « Administrer les tables de référence ») and their transfers
 * (« Activer le mode transfert », « Suivre le transfert de références »): `reference-items`,
 * `reference-transfers` with the `reference-transfer` lifecycle and the clock that runs them at
 * 04:00 Europe/Paris; the `context` of young people's accounts; the one-click addition of a user
 * to the programme tables. Composed after the core (it extends `users` and `accounts`).
 */
export const referenceTablesPlugin =
  ({ clockCron = process.env.REFERENCE_TRANSFER_CRON ?? '0 * * * * *', queue = 'effects', seed = true }: ReferenceTablesPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const next: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          collection.slug === SLUGS.accounts ? withContext(collection) : collection.slug === SLUGS.users ? withReferenceItemsButton(collection) : collection,
        ),
        ReferenceItems,
        bindLifecycle(ReferenceTransfers, referenceTransferBinding),
      ],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), referenceTransferClockTask({ cron: clockCron, queue })] },
    }
    // Each due transfer's work: a `bulk-operations` document per collection of records it moves.
    const withKind = withBulkKinds(next, [referenceTransferKind])
    return seed ? withSeedStep(withKind, seedReferenceTables) : withKind
  }
