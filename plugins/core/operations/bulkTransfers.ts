import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { ACCOUNT_ROLES, opensSection, requireAccess, structuresActedOn, structuresWithDescendants } from '../../../src/kernel/access'
import { asPrincipal, userHasRole, userStructureIds } from '../../../src/kernel/access/user'
import { startBulkOperation, type BulkKind } from '../../../src/kernel/bulk'
import { replaceReferent } from '../../../src/kernel/db/replaceReferent'
import { drizzleFor } from '../../../src/kernel/db/requestDb'
import { conflict, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { administerUsers } from '../collections/users/administerUsers'
import { moveFollowUpProgramme } from './followUpProgramme'
import { resolveAccountSelection, type AccountSelection } from './accountSelection'
import type { User } from '../../../src/payload-types'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export const TRANSFER_COUNSELLOR = 'transfer-counsellor'
export const TRANSFER_PLACE = 'transfer-place'

/** Up to this many files, the older synchronous endpoint waits for the transfer (one chunk). */
export const INLINE_TRANSFER_LIMIT = 200

export const staffName = (user: User) => [user.firstName, user.lastName].filter(Boolean).join(' ') || String(user.email)

const readableUser = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({ collection: 'users', id: id as number, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })

const isId = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^\d+$/.test(value))

const db = (req: PayloadRequest) => drizzleFor<Executor>(req)

const accountStructure = async (req: PayloadRequest, item: number) => {
  const { rows } = await (await db(req)).execute(sql`SELECT structure_id AS "structure" FROM accounts WHERE id = ${item}`)
  if (!rows[0]) throw notFound('Ce dossier jeune n’existe plus.')
  return rows[0].structure == null ? null : Number(rows[0].structure)
}

/**
 * « Transferts de conseillers référents jeunes »: in one young person's referents, the source
 * counsellor is replaced by the destination (once, whatever the order). Plain SQL on the chunk's
 * transaction: ten thousand files take seconds, not minutes.
 */
export const counsellorTransferKind: BulkKind = {
  slug: TRANSFER_COUNSELLOR,
  label: 'Changement de conseiller',
  itemCollection: 'accounts',
  summary: ({ done, total }) => `${done} dossier(s) jeune(s) sur ${total} ont changé de conseiller.`,
  perItem: async ({ req, item, params }) => {
    const from = Number(params.from)
    const to = Number(params.to)
    const scope = (params.destinationScope as number[] | undefined) ?? []
    const structure = await accountStructure(req, item)
    if (structure === null || !scope.includes(structure)) throw conflict('Le nouveau conseiller n’est pas rattaché à la structure de ce jeune.')
    if (!(await replaceReferent({ req, account: item, from, to }))) throw conflict('Ce jeune n’est plus suivi par le conseiller d’origine.')
  },
}

/**
 * « Transfert de lieu de rattachement jeune »: the young person is followed at an antenne or at
 * the Mission Locale itself, within the same Mission Locale (moving to another Mission Locale is
 * the account's `TRANSFER`).
 */
export const placeTransferKind: BulkKind = {
  slug: TRANSFER_PLACE,
  label: 'Changement de lieu de rattachement',
  itemCollection: 'accounts',
  summary: ({ done, total }) => `${done} dossier(s) jeune(s) sur ${total} ont changé de lieu de rattachement.`,
  perItem: async ({ req, item, params }) => {
    const destination = Number(params.structure)
    const missionLocale = (params.missionLocaleScope as number[] | undefined) ?? []
    const structure = await accountStructure(req, item)
    if (structure === null || !missionLocale.includes(structure)) throw conflict('Ce jeune ne relève pas de cette Mission Locale : un changement de Mission Locale se fait par le transfert du compte.')
    if (structure === destination) return
    await (await db(req)).execute(sql`UPDATE accounts SET structure_id = ${destination}, updated_at = now() WHERE id = ${item}`)
    // Plain SQL runs no hook: the follow-up moves here, as the accounts' followUpAtStructure does
    // (issue 18); an archived file's programmes no longer change.
    const { rows } = await (await db(req)).execute(sql`SELECT status::text AS status FROM accounts WHERE id = ${item}`)
    if (rows[0]?.status !== 'archived') await moveFollowUpProgramme({ req, account: item, to: destination })
  },
}

/** The checks of a counsellor transfer (seed 003, the impossible transfers): 404, 403, 400, 409. */
const checkCounsellors = async ({ req, from, to }: { req: PayloadRequest; from: unknown; to: unknown }) => {
  if (!isId(from)) throw invalidField({ req, collection: 'users', path: 'from', message: 'Choisissez le conseiller qui cède ses dossiers (son identifiant).' })
  const source = await readableUser(req, Number(from))
  if (!source) throw notFound('Utilisateur introuvable.')
  await requireAccess({
    access: administerUsers,
    req,
    on: { collection: 'users', doc: source },
    message: "Vous ne pouvez pas transférer les dossiers de cet utilisateur : il n'est pas rattaché à l'une de vos structures, ou c'est vous.",
  })
  if (to === undefined || to === null || to === '') throw invalidField({ req, collection: 'users', path: 'to', message: 'Le champ « to » est obligatoire : l’utilisateur qui reprend les dossiers.' })
  if (!isId(to)) throw invalidField({ req, collection: 'users', path: 'to', message: 'Choisissez l’utilisateur qui reprend les dossiers (son identifiant).' })
  if (Number(to) === source.id) throw invalidField({ req, collection: 'users', path: 'to', message: 'Choisissez un autre utilisateur que celui qui cède ses dossiers.' })
  const target = await readableUser(req, Number(to))
  if (!target) throw invalidField({ req, collection: 'users', path: 'to', message: "Cet utilisateur n'existe pas ou n'est pas dans vos structures." })
  if (target.status !== 'active') throw conflict(`${staffName(target)} n'est pas actif : réactivez-le ou choisissez un autre utilisateur.`)
  if (!userHasRole({ ...target, collection: 'users' }, ACCOUNT_ROLES)) {
    throw conflict(`${staffName(target)} ne peut pas être référent de dossiers jeunes : donnez-lui d’abord un rôle de conseiller ou de référent comptes.`)
  }
  return { source, target }
}

/**
 * Starts « Changer de conseiller » on the selected young people of `from` (or all of them):
 * 202 with the `bulk-operations` document. Files in a structure where the destination is not
 * attached are refused before anything starts (409).
 */
export const startCounsellorTransfer = async ({
  req,
  from,
  to,
  selection,
  inlineUpTo = 0,
  allowEmpty = false,
}: {
  req: PayloadRequest
  from: unknown
  to: unknown
  selection: AccountSelection
  /** Runs the transfer inside the call when it has at most this many files. */
  inlineUpTo?: number
  /** No file to move answers `operation: null` instead of a 400. */
  allowEmpty?: boolean
}) => {
  const { source, target } = await checkCounsellors({ req, from, to })
  if (allowEmpty && (await req.payload.count({ collection: 'accounts', where: { referents: { in: [source.id] } }, overrideAccess: false, user: req.user, req })).totalDocs === 0) {
    return { operation: null, source, target }
  }
  const items = await resolveAccountSelection({
    req,
    selection,
    base: [{ referents: { in: [source.id] } }],
    outsideMessage: 'ne sont pas suivis par ce conseiller ou pas dans vos structures',
  })
  const destinationScope = await structuresWithDescendants({ req, ids: userStructureIds({ ...target, collection: 'users' }) })
  const { totalDocs: outside } = await req.payload.count({
    collection: 'accounts',
    where: { and: [{ id: { in: items } }, { structure: { not_in: destinationScope.length ? destinationScope : [0] } }] },
    overrideAccess: true,
    req,
  })
  if (outside > 0) {
    throw conflict(`${outside} jeune(s) sélectionné(s) sont suivis dans une structure où ${staffName(target)} n'est pas rattaché : rattachez-le à cette structure ou choisissez un autre conseiller.`)
  }
  const operation = await startBulkOperation({
    req,
    kind: TRANSFER_COUNSELLOR,
    params: { from: source.id, to: target.id, destinationScope },
    items,
    structures: userStructureIds(asPrincipal(req.user)),
    runInline: items.length <= inlineUpTo,
  })
  return { operation, source, target }
}

/** The Mission Locale a structure belongs to (itself, or the nearest one above), or null. */
const missionLocaleOf = async (req: PayloadRequest, id: number): Promise<number | null> => {
  const { rows } = await (await db(req)).execute(sql`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, type::text AS type, 0 AS depth FROM structures WHERE id = ${id}
      UNION ALL
      SELECT s.id, s.parent_id, s.type::text, up.depth + 1 FROM structures s JOIN up ON s.id = up.parent_id WHERE up.depth < 20
    ) SELECT id FROM up WHERE type = 'mission-locale' ORDER BY depth LIMIT 1`)
  return rows[0] ? Number(rows[0].id) : null
}

/** Who changes a young person's attachment place: the accounts section, within their structures. */
const placeTransferAccess = opensSection('accounts')

/** Starts « Lieu de rattachement »: the selected young people are followed at `structure` (an antenne or the Mission Locale). */
export const startPlaceTransfer = async ({ req, structure, selection, from }: { req: PayloadRequest; structure: unknown; selection: AccountSelection; from?: unknown }) => {
  await requireAccess({ access: placeTransferAccess, req, message: 'Vous ne pouvez pas changer le lieu de rattachement des dossiers jeunes.' })
  if (!isId(structure)) throw invalidField({ req, collection: 'structures', path: 'structure', message: 'Choisissez le nouveau lieu de rattachement (une antenne ou la Mission Locale).' })
  const destination = (await req.payload.findByID({ collection: 'structures', id: Number(structure), depth: 0, overrideAccess: true, disableErrors: true, req })) as { id: number; type: string } | null
  const scope = await structuresActedOn(req)
  if (!destination || (scope !== 'everywhere' && !scope.includes(destination.id))) {
    throw invalidField({ req, collection: 'structures', path: 'structure', message: "Cette structure n'existe pas ou n'est pas dans vos structures." })
  }
  if (destination.type !== 'antenne' && destination.type !== 'mission-locale') {
    throw invalidField({ req, collection: 'structures', path: 'structure', message: 'Le lieu de rattachement est une antenne ou la Mission Locale elle-même.' })
  }
  const missionLocale = await missionLocaleOf(req, destination.id)
  if (missionLocale === null) throw conflict("Cette antenne n'est rattachée à aucune Mission Locale.")
  const missionLocaleScope = await structuresWithDescendants({ req, ids: [missionLocale] })
  if (from !== undefined && from !== null && from !== '' && !isId(from)) throw invalidField({ req, path: 'from', message: 'Le filtre « from » attend l’identifiant d’un conseiller.' })
  const base = from !== undefined && from !== null && from !== '' ? [{ referents: { in: [Number(from)] } }] : []
  const items = await resolveAccountSelection({ req, selection, base, outsideMessage: "n'existent pas ou ne sont pas dans vos structures" })
  const { totalDocs: outside } = await req.payload.count({
    collection: 'accounts',
    where: { and: [{ id: { in: items } }, { structure: { not_in: missionLocaleScope } }] },
    overrideAccess: true,
    req,
  })
  if (outside > 0) throw conflict(`${outside} jeune(s) sélectionné(s) ne relèvent pas de cette Mission Locale : un changement de Mission Locale se fait par le transfert du compte.`)
  const operation = await startBulkOperation({ req, kind: TRANSFER_PLACE, params: { structure: destination.id, missionLocaleScope }, items })
  return { operation }
}
