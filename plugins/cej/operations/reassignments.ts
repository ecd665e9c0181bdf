import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { SECTION_ROLES, requireAccess } from '../../../src/kernel/access'
import { userHasRole, userStructureIds } from '../../../src/kernel/access/user'
import { BULK_OPERATIONS_SLUG, publicBulkDoc, runBulkOperation, startBulkOperation, type BulkKind } from '../../../src/kernel/bulk'
import { replaceReferent } from '../../../src/kernel/db/replaceReferent'
import { adminDocumentLink } from '../../../src/kernel/email/links'
import { conflict, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { frenchDate } from '../../../src/kernel/lib/frenchDates'
import { findDocs, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../src/kernel/lib/relationId'
import { notifyStaffLater } from '../../../src/kernel/notifications/notifyLater'
import { lifecycleCreateData, performTransition } from '../../lifecycle'
import { cejStaffInStructures } from '../access'
import { CEJ_SLUGS } from '../slugs'
import type { User } from '../../../src/payload-types'

export const REASSIGNMENT_KIND = 'cej-reassignment'
export const REASSIGNMENT_RETURN_KIND = 'cej-reassignment-return'

/** Up to this many young people, the move is done within the request (one chunk). */
const INLINE_LIMIT = 200


const isId = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^\d+$/.test(value))

/** The move and the return: the counsellor is replaced in each young person's referents. */
export const reassignmentKinds: BulkKind[] = [
  {
    slug: REASSIGNMENT_KIND,
    label: 'Réaffectation de bénéficiaires',
    itemCollection: 'accounts',
    summary: ({ done, total }) => `${done} bénéficiaire(s) sur ${total} réaffecté(s).`,
    perItem: async ({ req, item, params }) => {
      if (!(await replaceReferent({ req, account: item, from: Number(params.from), to: Number(params.to) }))) throw conflict('Ce bénéficiaire n’est plus suivi par le conseiller d’origine.')
    },
  },
  {
    slug: REASSIGNMENT_RETURN_KIND,
    label: 'Fin de réaffectation (retour au conseiller)',
    itemCollection: 'accounts',
    summary: ({ done, total }) => `${done} bénéficiaire(s) sur ${total} revenu(s) à leur conseiller.`,
    perItem: async ({ req, item, params }) => {
      if (!(await replaceReferent({ req, account: item, from: Number(params.from), to: Number(params.to) }))) throw conflict('Ce bénéficiaire n’est plus suivi par le conseiller remplaçant : il ne revient pas.')
    },
  },
]

const readableUser = async (req: PayloadRequest, id: unknown, path: string) => {
  if (!isId(id)) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path, message: 'Choisissez un conseiller (son identifiant).' })
  const user = await req.payload.findByID({ collection: 'users', id: Number(id), depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
  if (!user) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path, message: "Ce conseiller n'existe pas ou n'est pas dans vos structures." })
  return user
}

/**
 * « Réaffectation » (seed 001): a CEJ admin or counsellor hands the selected young people of
 * `from` (or all of them) to `to`, until `endsAt` (temporary) or for good (definitive). One
 * transaction writes the reassignment, its bulk operation and both counsellors' notifications;
 * small moves are done before answering, large ones in the background.
 */
export const startReassignment = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  await requireAccess({ access: cejStaffInStructures, req, message: 'La réaffectation est réservée aux conseillers et administrateurs CEJ.' })
  const { type, from, to, endsAt, ids, all } = body
  if (type !== 'temporary' && type !== 'definitive') throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'type', message: 'Choisissez un type de réaffectation : « temporary » (temporaire) ou « definitive » (définitive).' })
  let end: Date | null = null
  if (type === 'temporary') {
    end = typeof endsAt === 'string' ? new Date(endsAt) : null
    if (!end || Number.isNaN(end.getTime())) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'endsAt', message: 'Une réaffectation temporaire a une date de fin (« endsAt »).' })
    if (end.getTime() <= Date.now()) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'endsAt', message: 'La date de fin doit être dans le futur.' })
  } else if (endsAt !== undefined && endsAt !== null) {
    throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'endsAt', message: 'Une réaffectation définitive n’a pas de date de fin.' })
  }
  const source = await readableUser(req, from, 'from')
  const target = await readableUser(req, to, 'to')
  if (source.id === target.id) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'to', message: 'Choisissez un autre conseiller que celui dont les bénéficiaires sont réaffectés.' })
  if (target.status !== 'active') throw conflict('Le conseiller remplaçant n’est pas actif : choisissez un autre conseiller.')
  if (!userHasRole({ ...target, collection: 'users' }, SECTION_ROLES.cej)) throw conflict('Le conseiller remplaçant n’a pas accès au CEJ : choisissez un conseiller CEJ.')

  if ((ids === undefined) === (all !== true)) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'ids', message: 'Sélectionnez des bénéficiaires (« ids ») ou tous (« all »: true).' })
  const wanted = ids === undefined ? null : Array.isArray(ids) && ids.length > 0 && ids.every(isId) ? [...new Set(ids.map(Number))] : null
  if (ids !== undefined && !wanted) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'ids', message: 'Sélectionnez au moins un bénéficiaire (une liste d’identifiants).' })
  const { docs } = await req.payload.find({
    collection: 'accounts',
    where: { and: [{ referents: { in: [source.id] } }, ...(wanted ? [{ id: { in: wanted } }] : [])] },
    depth: 0,
    pagination: false,
    // Only ids are used: `id` always comes back, and one small column keeps the others out (the select types have no `id`).
    select: { updatedAt: true },
    sort: 'id',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const accounts = docs.map((doc) => doc.id)
  if (wanted && accounts.length !== wanted.length) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'ids', message: `${wanted.length - accounts.length} bénéficiaire(s) sélectionné(s) ne sont pas suivis par ce conseiller ou pas dans vos structures.` })
  if (accounts.length === 0) throw invalidField({ req, collection: CEJ_SLUGS.reassignments, path: 'ids', message: 'Ce conseiller ne suit aucun bénéficiaire.' })

  const structure = userStructureIds({ ...source, collection: 'users' })[0] ?? null
  const shouldCommit = await initTransaction(req)
  let reassignment: AnyDoc
  try {
    reassignment = (await req.payload.create({
      collection: CEJ_SLUGS.reassignments,
      data: lifecycleCreateData<'reassignments'>({ type, from: source.id, to: target.id, endsAt: end?.toISOString() ?? null, accounts, structure, createdBy: req.user?.id }),
      depth: 0,
      overrideAccess: true,
      req,
    }))
    const operation = await startBulkOperation({ req, kind: REASSIGNMENT_KIND, params: { from: source.id, to: target.id, reassignment: reassignment.id }, items: accounts, structures: structure ? [structure] : undefined })
    reassignment = (await req.payload.update({ collection: CEJ_SLUGS.reassignments, id: reassignment.id, data: { operation: operation.id }, depth: 0, overrideAccess: true, req }))
    const until = end ? `jusqu’au ${frenchDate(end)}` : 'définitivement'
    const link = { label: 'Voir la réaffectation', url: adminDocumentLink(CEJ_SLUGS.reassignments, reassignment.id) }
    await notifyStaffLater({ req, recipients: [target], kind: 'cej-reassignment', title: 'Des bénéficiaires vous sont réaffectés', lines: [`${accounts.length} bénéficiaire(s) vous sont réaffecté(s) ${until}.`], link, dedupeKey: `reassignment:${reassignment.id}:started` })
    await notifyStaffLater({ req, recipients: [source], kind: 'cej-reassignment', title: 'Vos bénéficiaires sont réaffectés', lines: [`${accounts.length} de vos bénéficiaire(s) sont réaffecté(s) à un autre conseiller ${until}.`], link, dedupeKey: `reassignment:${reassignment.id}:started` })
    if (shouldCommit) await commitTransaction(req)
    // Small moves are done before answering; larger ones by the queue's job, in the background.
    if (shouldCommit && accounts.length <= INLINE_LIMIT) await runBulkOperation({ payload: req.payload, id: operation.id, budgetMs: Number.POSITIVE_INFINITY })
    const after = await req.payload.findByID({ collection: BULK_OPERATIONS_SLUG, id: operation.id, depth: 0, overrideAccess: true, req })
    return { reassignment, operation: publicBulkDoc(after) }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/**
 * `END`'s change: the young people return to their counsellor, as a bulk operation started in the
 * transition's own transaction (so it exists if and only if the reassignment ended).
 */
export const startReturn = async ({ req, doc }: { req: PayloadRequest; doc: AnyDoc }) => {
  const accounts = ((doc.accounts ?? []) as unknown[]).map(relationId).filter((id): id is number => id !== null)
  const structure = relationId(doc.structure)
  const operation = await startBulkOperation({
    req,
    kind: REASSIGNMENT_RETURN_KIND,
    params: { from: relationId(doc.to), to: relationId(doc.from), reassignment: doc.id },
    items: accounts,
    structures: structure ? [structure] : [],
  })
  return { returnOperation: operation.id }
}

/** The clock: temporary reassignments whose end date has passed are ended (`END`, sent by no person). */
export const endDueReassignments = async (req: PayloadRequest, now = new Date()) => {
  const due = await findDocs({
    req,
    collection: CEJ_SLUGS.reassignments,
    where: { and: [{ status: { equals: 'in-progress' } }, { type: { equals: 'temporary' } }, { endsAt: { less_than_equal: now.toISOString() } }] },
    limit: 200,
  })
  for (const reassignment of due) {
    await performTransition({ req, collection: CEJ_SLUGS.reassignments, id: reassignment.id, event: { type: 'END' }, skipPermission: true }).catch((error: unknown) => {
      if ((error as { status?: number }).status !== 409) throw error
    })
  }
  return due.map((reassignment) => reassignment.id)
}

/** Loads a reassignment or 404. */
export const loadReassignment = async (req: PayloadRequest, id: number) => {
  const doc = await req.payload.findByID({ collection: CEJ_SLUGS.reassignments, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!doc) throw notFound('Réaffectation introuvable.')
  return doc
}
