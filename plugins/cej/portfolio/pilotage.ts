import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { conflict, forbidden, invalidField } from '../../../src/kernel/lib/errors'
import { relationId } from '../../../src/kernel/lib/relationId'
import { ACTION_CATEGORIES } from '../collections/actions/options'
import { CEJ_SLUGS } from '../slugs'
import { requireCejStaff, requireWriteFor } from './access'

const displayName = (a: { firstName?: string | null; lastName?: string | null; email?: string | null } | undefined) =>
  a ? [a.lastName?.toUpperCase(), a.firstName].filter(Boolean).join(' ') || String(a.email ?? '') : ''

/**
 * « Pilotage » (seed 001), the counsellor's to-do: the finished actions of their young people not
 * yet qualified (« Les actions À qualifier »), and the sessions of their Mission Locale that took
 * place and wait to be closed (« À clore »), with their counters.
 */
export const pilotage = async ({ req }: { req: PayloadRequest }) => {
  const user = requireCejStaff(req)
  const { docs: accounts } = await req.payload.find({
    collection: 'accounts',
    where: { and: [{ referents: { in: [user.id] } }, { status: { not_equals: 'deleted' } }] },
    pagination: false,
    depth: 0,
    select: { firstName: true, lastName: true, email: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const people = new Map(accounts.map((a) => [Number(a.id), a as { firstName?: string | null; lastName?: string | null; email?: string | null }]))
  const { docs: actionDocs } = people.size
    ? await req.payload.find({
        collection: CEJ_SLUGS.actions,
        where: { and: [{ account: { in: [...people.keys()] } }, { status: { equals: 'done' } }, { 'qualification.qualifiedAt': { exists: false } }] },
        sort: '-dueDate',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const actions = actionDocs.map((a) => ({
    id: a.id,
    account: relationId(a.account),
    beneficiary: displayName(people.get(Number(relationId(a.account)))),
    title: a.title,
    category: a.category,
    categoryLabel: ACTION_CATEGORIES.find((c) => c.value === a.category)?.label.fr ?? a.category,
    doneAt: a.completedAt ?? a.dueDate,
  }))
  const { docs: sessionDocs } = await req.payload.find({
    collection: CEJ_SLUGS.sessions,
    where: { status: { equals: 'to-close' } },
    sort: 'startsAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const sessions = sessionDocs.map((s) => ({
    id: s.id,
    title: [s.title, s.name].filter(Boolean).join(' – '),
    startsAt: s.startsAt,
  }))
  return { counters: { actionsToQualify: actions.length, sessionsToClose: sessions.length }, actionsToQualify: actions, sessionsToClose: sessions }
}

/**
 * « Enregistrer les actions en non SNP »: finished actions the counsellor records as not being a
 * non-professional situation; they leave the list to qualify and, like qualified ones, no longer
 * change. Only for young people the caller may write for; all or nothing, in one transaction.
 */
export const recordNotSnp = async ({ req, body }: { req: PayloadRequest; body: Record<string, unknown> }) => {
  const user = requireCejStaff(req)
  const ids = Array.isArray(body.actions) ? body.actions : []
  if (!ids.length || ids.length > 200 || ids.some((id) => !Number.isInteger(id) || (id as number) <= 0)) {
    throw invalidField({ req, collection: CEJ_SLUGS.actions, path: 'actions', message: 'Choisissez une ou plusieurs actions (leurs identifiants, 200 au plus).' })
  }
  const { docs } = await req.payload.find({ collection: CEJ_SLUGS.actions, where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: false, user: req.user, req })
  const actions = docs
  if (actions.length !== new Set(ids).size) throw forbidden('Une de ces actions est introuvable ou ne concerne pas un bénéficiaire de votre Mission Locale.')
  if (actions.some((a) => a.status !== 'done')) throw conflict('Seules les actions « Terminée » peuvent être enregistrées en non SNP.')
  if (actions.some((a) => a.qualification?.qualifiedAt)) throw conflict('Une de ces actions est déjà qualifiée.')
  const shouldCommit = await initTransaction(req)
  try {
    const accounts = new Map<number, unknown>()
    for (const action of actions) {
      const id = Number(relationId(action.account))
      if (!accounts.has(id)) accounts.set(id, await req.payload.findByID({ collection: 'accounts', id, depth: 0, overrideAccess: true, disableErrors: true, req }))
      requireWriteFor(req, accounts.get(id) as { referents?: unknown })
    }
    const qualification = { notSnp: true, qualifiedAt: new Date().toISOString(), qualifiedBy: Number(user.id) }
    const updated = []
    for (const action of actions) {
      updated.push(await req.payload.update({ collection: CEJ_SLUGS.actions, id: action.id, data: { qualification }, depth: 0, overrideAccess: true, context: { skipScopeGuard: true }, req }))
    }
    if (shouldCommit) await commitTransaction(req)
    return { docs: updated, message: `${updated.length} action(s) enregistrée(s) en non SNP.` }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
