import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import type { BulkKind } from '../../../src/kernel/bulk'
import { drizzleFor, tableNameOf } from '../../../src/kernel/db/requestDb'
import { conflict } from '../../../src/kernel/lib/errors'
import { SLUGS } from '../../../collections/slugs'
import { PLACEMENT_SLUGS } from '../slugs'
import { REFERRED_STRUCTURE_TYPES } from './referentField'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export const TRANSFER_OFFER_REFERENT = 'transfer-offer-referent'
export const TRANSFER_PARTNER_REFERENT = 'transfer-partner-referent'

/**
 * One record's `referent` goes from `from` to `to`, only if it still is `from` (a record
 * changed meanwhile is reported, not overwritten). Plain SQL on the chunk's transaction.
 */
const moveReferent =
  ({ collection, onlyTypes, gone }: { collection: string; onlyTypes?: readonly string[]; gone: string }): BulkKind['perItem'] =>
  async ({ req, item, params }: { req: PayloadRequest; item: number; params: Record<string, unknown> }) => {
    const db = await drizzleFor<Executor>(req)
    const table = sql.identifier(tableNameOf(req, collection))
    const typeFilter = onlyTypes ? sql`AND type::text = ANY(${`{${onlyTypes.join(',')}}`}::text[])` : sql``
    const { rows } = await db.execute(sql`
      UPDATE ${table} SET referent_id = ${Number(params.to)}, updated_at = now()
       WHERE id = ${item} AND referent_id = ${Number(params.from)} ${typeFilter} RETURNING id`)
    if (rows.length === 0) throw conflict(gone)
  }

/** « Transfert de référent d'offres » (seed 003): the offers of one referent go to another. */
export const offerReferentKind: BulkKind = {
  slug: TRANSFER_OFFER_REFERENT,
  label: 'Changement de référent d’offres',
  itemCollection: PLACEMENT_SLUGS.offers,
  summary: ({ done, total }) => `${done} offre(s) sur ${total} ont changé de référent.`,
  perItem: moveReferent({ collection: PLACEMENT_SLUGS.offers, gone: 'Cette offre n’a plus ce référent (supprimée ou déjà transférée).' }),
  referentTransfer: { endpoint: '/bulk-operations/transfer-offer-referent', elements: 'Offres d’emploi', titleField: 'title' },
}

/** « Transfert de référent partenaire » (seed 003): the partners and employers of one referent go to another. */
export const partnerReferentKind: BulkKind = {
  slug: TRANSFER_PARTNER_REFERENT,
  label: 'Changement de référent de partenaires',
  itemCollection: SLUGS.structures,
  summary: ({ done, total }) => `${done} partenaire(s) ou employeur(s) sur ${total} ont changé de référent.`,
  perItem: moveReferent({ collection: SLUGS.structures, onlyTypes: REFERRED_STRUCTURE_TYPES, gone: 'Ce partenaire n’a plus ce référent (supprimé ou déjà transféré).' }),
  referentTransfer: { endpoint: '/bulk-operations/transfer-partner-referent', elements: 'Partenaires et employeurs', titleField: 'name' },
}

export const referentTransferKinds = [offerReferentKind, partnerReferentKind]
