import { sql } from 'drizzle-orm'

import type { BulkKind } from '../../../src/kernel/bulk'
import { drizzleFor } from '../../../src/kernel/db/requestDb'
import { conflict } from '../../../src/kernel/lib/errors'
import { performTransition } from '../../lifecycle'
import { AUTOMATIC_ARCHIVING } from '../operations/archiveAccount'
import { findArchivable } from './rule'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export const ARCHIVING_KIND = 'archiving'

/**
 * The nightly rule's work on one account, inside the bulk chunk's transaction: the rule is asked
 * again for this account at this moment (one that gained an open programme since the list was
 * made is kept, as a per-item error saying why), then `ARCHIVE {reason: automatic}` erases its
 * identity. An account archived meanwhile (by a person, or an earlier run) is simply done.
 * The chunk's request has no user (the operation is started by the platform, not a person):
 * `automatic` is refused to any person.
 */
export const archivingKind = ({ chunkSize }: { chunkSize: number }): BulkKind => ({
  slug: ARCHIVING_KIND,
  label: 'Archivage automatique des dossiers',
  itemCollection: 'accounts',
  chunkSize,
  summary: ({ done, total }) => `${done} dossier(s) sur ${total} archivé(s).`,
  perItem: async ({ req, item, params }) => {
    const now = new Date(String(params.now))
    const [still] = await findArchivable({ req, minAge: Number(params.minAge), ids: [item], limit: 1, now })
    if (!still) {
      const { rows } = await (await drizzleFor<Executor>(req)).execute(sql`SELECT status::text AS status FROM accounts WHERE id = ${item}`)
      if (!rows[0] || rows[0].status === 'archived' || rows[0].status === 'deleted') return
      throw conflict('Ce dossier ne relève plus de la règle d’archivage (un dispositif a été ouvert entre-temps) : il est gardé.')
    }
    req.context = { ...req.context, [AUTOMATIC_ARCHIVING]: true }
    await performTransition({ req, collection: 'accounts', id: item, event: { type: 'ARCHIVE', reason: 'automatic' }, skipPermission: true })
  },
})
