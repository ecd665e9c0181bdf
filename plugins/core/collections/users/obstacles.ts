import type { PayloadRequest } from 'payload'

import { bulkKindsOf } from '../../../../src/kernel/bulk'

/** Where an administrator clears what a user still refers (the bulk-transfer view, seed 003). */
export const transferLink = (userId: number | string) => `/admin/transferts?from=${encodeURIComponent(String(userId))}`
/** The transfer of one kind of referred records (offers, partners…), when a module offers one: `&elements=<collection>`. */
const referentTransferLink = (req: PayloadRequest, userId: number | string, collection: string) =>
  bulkKindsOf(req.payload.config).some((kind) => kind.referentTransfer && kind.itemCollection === collection)
    ? `${transferLink(userId)}&elements=${encodeURIComponent(collection)}`
    : transferLink(userId)
/** Where the `direction` function is removed: the user's own edit page. */
export const userEditLink = (userId: number | string) => `/admin/collections/users/${encodeURIComponent(String(userId))}`

/** Field names that make a record « referred » by a staff user (any module's collection). */
const REFERENT_FIELDS = ['referent', 'referents']

/** How each known collection's referred records are said, singular and plural. */
const WORDING: Record<string, [string, string]> = {
  accounts: ['jeune suivi', 'jeunes suivis'],
  offers: ['offre référée', 'offres référées'],
  structures: ['partenaire ou employeur référé', 'partenaires ou employeurs référés'],
}

export type Obstacle = {
  /** `referents` of a collection, or `direction`. */
  kind: 'referent' | 'direction'
  collection?: string
  field?: string
  count: number
  label: string
  link: string
}

type RelationshipField = { name: string; type: string; relationTo?: unknown; hasMany?: boolean }

/**
 * Every top-level relationship to `users` named `referent`/`referents`, in every collection of
 * the deployment: modules that add referents (offers, partner structures…) are counted without
 * this list knowing them.
 */
export const referentFields = (req: PayloadRequest) =>
  req.payload.config.collections.flatMap((collection) =>
    (collection.flattenedFields as unknown as RelationshipField[])
      .filter((field) => field.type === 'relationship' && field.relationTo === 'users' && REFERENT_FIELDS.includes(field.name))
      .map((field) => ({ collection: collection.slug, field: field.name, plural: collection.labels?.plural })),
  )

const wordingOf = (collection: string, plural: unknown, count: number) => {
  const known = WORDING[collection]
  if (known) return `${count} ${count > 1 ? known[1] : known[0]}`
  const label = typeof plural === 'object' && plural ? (plural as Record<string, string>).fr : typeof plural === 'string' ? plural : collection
  return `${count} élément(s) « ${label} » dont il est référent`
}

/** What still hangs on a user: followed young people, referred records, the `direction` function. */
export const userObstacles = async ({ req, user }: { req: PayloadRequest; user: { id: number | string; functions?: unknown } }): Promise<Obstacle[]> => {
  const obstacles: Obstacle[] = []
  for (const { collection, field, plural } of referentFields(req)) {
    const { totalDocs } = await req.payload.count({
      collection: collection,
      where: { [field]: { in: [user.id] } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      obstacles.push({ kind: 'referent', collection, field, count: totalDocs, label: wordingOf(collection, plural, totalDocs), link: referentTransferLink(req, user.id, collection) })
    }
  }
  if (((user.functions as string[] | undefined) ?? []).includes('direction')) {
    obstacles.push({ kind: 'direction', count: 1, label: 'la fonction Direction', link: userEditLink(user.id) })
  }
  return obstacles
}

/** The 409's French message: each obstacle with the link to the transfer that clears it. */
export const obstaclesMessage = (obstacles: Obstacle[]) =>
  `Impossible de désinscrire cet utilisateur : il reste ${obstacles
    .map((o) => (o.kind === 'direction' ? `${o.label} (à retirer depuis sa fiche : ${o.link})` : `${o.label} (à transférer : ${o.link})`))
    .join(' ; ')}.`
