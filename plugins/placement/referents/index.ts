import type { CollectionConfig, Config } from 'payload'

import { BULK_OPERATIONS_SLUG, withBulkKinds } from '../../../src/kernel/bulk'
import { SLUGS } from '../../../collections/slugs'
import { referentTransferEndpoints } from './endpoints'
import { extendStructures } from './extendStructures'
import { referentTransferKinds } from './transferKinds'

const withEndpoints = (collection: CollectionConfig): CollectionConfig => ({ ...collection, endpoints: [...(collection.endpoints || []), ...referentTransferEndpoints] })

/**
 * Referents of offers and of partners/employers (seed 003 « Transferts d'éléments »): the
 * structures' `referent` field, the two bulk kinds and their endpoints under `bulk-operations`.
 * (The offers' `referent` field is declared by the Offers collection itself.)
 */
export const withReferents = (config: Config): Config =>
  withBulkKinds(
    {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === SLUGS.structures ? extendStructures(collection) : collection.slug === BULK_OPERATIONS_SLUG ? withEndpoints(collection) : collection,
      ),
    },
    referentTransferKinds,
  )
